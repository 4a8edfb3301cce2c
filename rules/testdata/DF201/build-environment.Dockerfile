# A toolchain image: no CMD or ENTRYPOINT, a final stage named for building.
# Its steps install tools as root; whoever runs it passes --user, or copies
# the build's output from it.
ARG BUILD_BASE_IMAGE=ubuntu:24.04
# want "the image is a build environment \\(its final stage is named build-env and it has no CMD or ENTRYPOINT\\)"
FROM ${BUILD_BASE_IMAGE} AS build-env
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
ENV CC=gcc
