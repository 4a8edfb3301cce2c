# nobody and www-data have the UIDs the distro's base files give them.
FROM debian:trixie-slim
COPY app /usr/local/bin/app
# want "USER nobody names a user, not a UID: .*; write its UID \\(65534, as debian gives it\\)"
USER nobody:nogroup
CMD ["app"]
