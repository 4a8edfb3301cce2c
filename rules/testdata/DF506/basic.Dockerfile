# test: unsafe-fixes
FROM debian:trixie-slim
# want "apt-get install installs sudo into the final image, where it lets a user become root; needs review: a script or user of the image may rely on it"
RUN apt-get update && apt-get install -y --no-install-recommends curl sudo ca-certificates && rm -rf /var/lib/apt/lists/*
# want:8 "apt-get install installs sudo"
RUN apt-get update \
    && apt-get install -y \
        sudo \
        git \
    && rm -rf /var/lib/apt/lists/*
# The only package: the install goes, with the update that served it.
# want "apt-get install installs sudo"
RUN apt-get update && apt-get install -y sudo
USER 1000
