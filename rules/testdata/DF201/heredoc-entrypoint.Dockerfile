# syntax=docker/dockerfile:1
# The entrypoint script is a heredoc of the Dockerfile itself.
# want "drops privileges itself \\(entrypoint.sh calls runuser\\)"
FROM debian:trixie-slim
RUN useradd app
COPY --chmod=755 <<EOF /usr/local/bin/entrypoint.sh
#!/bin/sh
chown app /data
exec runuser -u app -- "\$@"
EOF
ENTRYPOINT ["entrypoint.sh"]
CMD ["server"]
