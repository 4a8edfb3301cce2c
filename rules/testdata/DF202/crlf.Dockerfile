FROM debian:trixie-slim
# want "sudo is unnecessary"
RUN sudo apt-get update && \
# want "sudo is unnecessary"
    sudo apt-get install -y git
# want "sudo is unnecessary"
RUN sudo \
    apt-get clean
USER nobody
# want "runs as user \"nobody\""
RUN sudo true
