# test: unsafe-fixes
FROM debian:trixie-slim
# want "apt-get install installs sudo.*; the same RUN writes a sudoers entry, so there is no fix"
RUN apt-get update && apt-get install -y sudo \
    && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app
