# A team that pulls only from its own registries says so in
# .dockerfix.yaml; every image the build pulls is checked: FROM, COPY
# --from and RUN --mount from=. Stages, scratch and names a build argument
# decides are no image here.
# test-config: allowed-registries: [registry.corp.example, "*.mirror.corp.example", docker.io]
ARG BASE
FROM registry.corp.example/base/debian:13 AS build
# want "FROM ghcr.io/acme/tools:1.4 comes from ghcr.io, which allowed-registries does not list \\(registry.corp.example, \\*.mirror.corp.example, docker.io\\)"
FROM ghcr.io/acme/tools:1.4 AS tools
FROM eu.mirror.corp.example/library/alpine:3.22 AS mirror
FROM golang:1.26 AS hub
FROM ${BASE} AS from-arg
FROM build
COPY --from=tools /bin/tool /usr/local/bin/
COPY --from=0 /out /out
# want "COPY --from=quay.io/prometheus/busybox:latest comes from quay.io"
COPY --from=quay.io/prometheus/busybox:latest /bin/busybox /bin/
COPY --from=docker.io/library/busybox:1.37 /bin/busybox /bin/
# want "RUN --mount from=gcr.io/distroless/static:nonroot comes from gcr.io"
RUN --mount=type=bind,from=gcr.io/distroless/static:nonroot,target=/d ls /d
RUN --mount=type=cache,from=hub,target=/root/.cache ls
FROM scratch
