# sameersbn/docker-squid's entrypoint finds squid on the PATH, and squid
# starts as root by design: a USER would keep it from starting.
# want "the container starts as root and drops privileges itself \\(entrypoint.sh runs squid, which starts as root by design\\); no USER fix offered"
FROM ubuntu:noble-20260810
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends squid \
 && rm -rf /var/lib/apt/lists/*
COPY entrypoint.sh /sbin/entrypoint.sh
EXPOSE 3128/tcp
ENTRYPOINT ["/sbin/entrypoint.sh"]
