# test: date=2026-12-04
# An Alpine release move can move the major version of the packages the
# image installs: unsafe, so --write leaves it.
# want "^alpine:3.21: alpine 3.21 reached end of support on 2026-11-01; bump to alpine:3.24 \\(alpine 3.21 → 3.24\\), or to alpine:3.22 \\(alpine 3.21 → 3.22\\) with --bump minimal; needs review: a new alpine release line; the stage installs OS packages by name \\(postgresql16\\): their names and versions may differ in alpine 3.24$"
FROM alpine:3.21
RUN apk add --no-cache postgresql16
