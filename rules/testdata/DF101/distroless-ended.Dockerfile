# test: date=2026-12-04 unsafe-fixes
# Distroless follows Debian's regular support only: Debian LTS, which keeps
# debian:bookworm patched, does not rebuild static-debian12.
# want "^gcr.io/distroless/static-debian12:nonroot: debian 12 reached end of support on 2026-07-11; bump to gcr.io/distroless/static-debian13:nonroot \\(debian 12 → 13\\); needs review: a new debian release"
FROM gcr.io/distroless/static-debian12:nonroot
