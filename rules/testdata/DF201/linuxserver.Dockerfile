# linuxserver.io's base images start s6-overlay's /init as root, which
# runs the services as abc; the Dockerfile keeps that entrypoint.
# want "drops privileges itself \\(lscr.io/linuxserver/baseimage-alpine:3.23, whose entrypoint is kept: s6-overlay's /init runs the services as abc \\(PUID/PGID\\)\\); no USER fix offered"
FROM lscr.io/linuxserver/baseimage-alpine:3.23
RUN apk add --no-cache jellyfin
COPY root/ /
EXPOSE 8096
VOLUME /config
