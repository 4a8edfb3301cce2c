# test: unsafe-fixes
FROM debian:trixie-slim AS base
# want "apt-get install installs sudo.*; line 5 adds a user to the sudo group, so there is no fix"
RUN apt-get update && apt-get install -y sudo curl
RUN usermod -aG sudo app
FROM base
# want "apt-get install installs sudo.*; line 9 runs sudo, so there is no fix"
RUN apt-get update && apt-get install -y sudo vim
RUN sudo -u nobody true
