FROM debian:trixie-slim
RUN apt-get update && \
# want "apt-get install without -y"
    apt-get install curl
