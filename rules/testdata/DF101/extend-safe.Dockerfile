# test: date=2026-12-04
# test-config: extend-safe-fixes: [DF101]
# A team that promotes DF101's fixes gets the bump from a plain --write.
# want "^alpine:3.21: alpine 3.21 reached end of support on 2026-11-01; bump to alpine:3.24"
FROM alpine:3.21
