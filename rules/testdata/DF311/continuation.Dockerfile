FROM debian:trixie-slim
RUN apt-get update \
# want "apt-get install without -y"
    && apt-get \
        install \
        --no-install-recommends \
        curl \
    && rm -rf /var/lib/apt/lists/*
