FROM debian:trixie-slim AS build
# A build stage the final image does not contain.
RUN chmod 777 /build
FROM debian:trixie-slim
# Sticky shared directories, group write, the owner's write, the user's umask.
RUN chmod 1777 /tmp/shared && chmod 775 /app && chmod u+w /app && chmod +w /app/log && chmod g+w /srv
RUN chmod 755 /usr/local/bin/tool && chmod a+rx /opt && chmod go-w /etc && mkdir -m 0755 /var/lib/app
COPY --chmod=755 entrypoint.sh /usr/local/bin/
RUN chmod "$MODE" /x
