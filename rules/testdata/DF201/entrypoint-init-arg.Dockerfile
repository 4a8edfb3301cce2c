# kind's node image: the entrypoint script sets up the container, then
# execs the init it is given; systemd runs the services, as root.
FROM debian:trixie-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends systemd && rm -rf /var/lib/apt/lists/*
COPY entrypoint /usr/local/bin/entrypoint

# want "drops privileges itself \\(ENTRYPOINT runs /sbin/init\\); no USER fix offered"
FROM scratch
COPY --from=build / /
ENV container=docker
STOPSIGNAL SIGRTMIN+3
ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]
