# A build argument that picks only the release of an OS image keeps the
# OS: nobody is 65534 on every Debian (coturn's debian:${debian_ver}-slim).
ARG debian_ver=trixie
FROM debian:${debian_ver}-slim
RUN apt-get update && apt-get install -y --no-install-recommends coturn && rm -rf /var/lib/apt/lists/*
# want "USER nobody names a user, not a UID: .*write its UID \\(65534, as debian gives it\\)"
USER nobody:nogroup
CMD ["turnserver"]
