# test: unsafe-fixes
FROM debian:trixie-slim
# want "apt-get update in a RUN that installs nothing from it"
RUN apt-get update -qq
RUN apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# Not merged: another instruction comes between them.
# want "apt-get update in a RUN that installs nothing from it"
RUN apt-get update
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
