# test: date=2026-03-01 unsafe-fixes
# The Debian release is in a distroless image's name: the bump moves to the
# image of another release (a distro move, so unsafe). Only the OS ended, so
# the oldest supported release is the target.
# want "^gcr.io/distroless/static-debian11:nonroot: debian 11 reached end of support on 2024-08-14; bump to gcr.io/distroless/static-debian12:nonroot \\(debian 11 → 12\\); needs review: a new debian release"
FROM gcr.io/distroless/static-debian11:nonroot AS static
# The runtime in the name ended too.
# want "^gcr.io/distroless/nodejs18-debian12: node 18 reached end of support on 2025-04-30; bump to gcr.io/distroless/nodejs22-debian13:latest \\(debian 12 → 13, node 18 → 22\\); needs review: a new debian release, a new node release"
FROM gcr.io/distroless/nodejs18-debian12 AS node
# Supported, and a name without a Debian release: no finding.
FROM gcr.io/distroless/static-debian12:debug AS debug
FROM gcr.io/distroless/cc
