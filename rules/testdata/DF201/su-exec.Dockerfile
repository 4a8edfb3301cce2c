# A shell-form ENTRYPOINT that drops privileges with su-exec.
# want "the container starts as root and drops privileges itself \\(ENTRYPOINT calls su-exec\\); no USER fix offered"
FROM alpine:3.22
RUN adduser -D app
ENTRYPOINT chown -R app /data && exec su-exec app /usr/local/bin/server
