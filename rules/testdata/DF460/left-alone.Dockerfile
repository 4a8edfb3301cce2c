# Copies of a whole filesystem that replace nothing, or whose content is
# meant to be copied so.
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.9.0 AS xx

FROM debian:trixie-slim AS rootfs
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*

FROM scratch AS assets
COPY dist/ /srv/

FROM golang:1.26-alpine AS build
# xx's image is a few scripts, documented to be copied so.
COPY --from=xx / /
COPY --from=tonistiigi/xx:1.9.0 / /
# A stage built on scratch holds only what was copied into it.
COPY --from=assets / /

# Onto the image the stage is built on, the copy only adds: Home
# Assistant's base images flatten so.
ARG BUILD_FROM
FROM ${BUILD_FROM} AS merge
RUN apk add --no-cache bash
FROM ${BUILD_FROM} AS flat
COPY --from=merge / /
FROM debian:trixie-slim AS flat-debian
COPY --from=rootfs / /

# Onto scratch, nothing is replaced: the squash idiom (cross-rs).
FROM scratch
COPY --from=rootfs / /
CMD ["/bin/bash"]
