# rspamd starts as root and switches to the user its -u names, as in
# mailcow's rspamd image: a USER would keep it from binding and switching.
# want "drops privileges itself \\(CMD runs rspamd -u, which switches to that user itself\\); no USER fix offered"
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends rspamd && rm -rf /var/lib/apt/lists/*
COPY docker-entrypoint.sh /docker-entrypoint.sh
CMD ["/usr/bin/rspamd", "-f", "-u", "_rspamd", "-g", "_rspamd"]
