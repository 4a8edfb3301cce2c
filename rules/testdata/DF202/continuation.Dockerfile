FROM ubuntu:24.04
# want "sudo is unnecessary"
RUN sudo apt-get update \
# want "sudo is unnecessary"
 && sudo apt-get install -y --no-install-recommends \
      curl \
      ca-certificates \
# want "sudo is unnecessary"
 && sudo rm -rf /var/lib/apt/lists/*
# want "sudo is unnecessary"
RUN sudo \
    # a comment line inside the continuation
    apt-get clean
# want "sudo is unnecessary"
RUN sudo -E \
    -H apt-get autoremove -y
RUN set -eux; \
    apt-get update; \
# want "sudo is unnecessary"
    sudo apt-get install -y make
