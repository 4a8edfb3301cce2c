# The project's own release knob: a global ARG named after the product,
# bumped with each release (crazy-max/docker-samba tags its image by it).
# It pins the product the image ships and its parts, not a patch: no
# finding.
ARG SAMBA_VERSION=4.21.4
ARG SAMBA_REVISION=r0
ARG PKG_VERSION=8.14.1-r2

FROM alpine:3.22
ARG SAMBA_VERSION
ARG SAMBA_REVISION
ARG PKG_VERSION
RUN apk add --no-cache avahi samba=${SAMBA_VERSION}-${SAMBA_REVISION} samba-client=${SAMBA_VERSION}-${SAMBA_REVISION} tzdata
# A global ARG named after no package is no release knob.
# want "piecemeal pin of curl=8.14.1-r2"
RUN apk add --no-cache curl=${PKG_VERSION}
