# s6-overlay's /init starts as root and runs each service as its user.
# want "drops privileges itself \\(ENTRYPOINT runs s6-overlay's /init\\)"
FROM alpine:3.22
ARG S6_OVERLAY_VERSION=3.2.1.0
ADD https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz /tmp
RUN tar -C / -Jxpf /tmp/s6-overlay-noarch.tar.xz
COPY rootfs/ /
ENTRYPOINT ["/init"]
