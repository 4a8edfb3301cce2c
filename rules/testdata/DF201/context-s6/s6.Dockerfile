# The base image's entrypoint, kept, is s6-overlay's /init: the files this
# COPY brings from the context hold a service for it, which /init starts
# as root and which drops to its user itself.
# want "drops privileges itself \\(COPY on line 7 adds files to s6-overlay's /etc/services.d\\); no USER fix offered"
FROM oznu/s6-node:14.17.3-amd64
RUN apk add --no-cache avahi
COPY root /
VOLUME /homebridge
