FROM debian:trixie-slim
WORKDIR /
# The WORKDIR goes above the comments that belong to the RUN.
# hadolint ignore=DL3008
# want "cd in RUN"
RUN cd /tmp && apt-get install -y curl
WORKDIR /app
# want "cd in RUN"
RUN cd /tmp \
 && ls
