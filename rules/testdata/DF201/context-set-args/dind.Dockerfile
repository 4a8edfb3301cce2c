# dockerd needs root; the entrypoint names it with set --.
# want "the container starts as root and drops privileges itself \\(entrypoint.sh runs dockerd, which starts as root by design\\); no USER fix offered"
FROM docker:29-cli
RUN apk add --no-cache iptables && addgroup -S dockremap && adduser -S -G dockremap dockremap
COPY entrypoint.sh /usr/local/bin/
ENTRYPOINT ["entrypoint.sh"]
CMD []
