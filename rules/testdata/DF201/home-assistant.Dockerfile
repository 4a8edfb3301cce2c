# Home Assistant's base images run s6-overlay's /init, which starts as
# root; the add-on keeps that entrypoint.
ARG BUILD_FROM=ghcr.io/home-assistant/amd64-base:3.22
# want "drops privileges itself \\(ghcr.io/home-assistant/amd64-base:3.22, whose entrypoint is kept: s6-overlay's /init starts as root and runs the services\\); no USER fix offered"
FROM $BUILD_FROM
RUN apk add --no-cache mosquitto
COPY rootfs /
