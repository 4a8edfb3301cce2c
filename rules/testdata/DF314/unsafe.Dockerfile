# test: unsafe-fixes
FROM ubuntu:24.04
# want "apt upgrade in a script"
RUN apt-get update && apt upgrade -y && rm -rf /var/lib/apt/lists/*
