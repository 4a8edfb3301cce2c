# A dev container's Dockerfile: devcontainer.json beside it names a
# non-root remoteUser, so the container's user is not this file's to set.
FROM mcr.microsoft.com/devcontainers/base:ubuntu-24.04
RUN apt-get update && apt-get install -y --no-install-recommends make
