# test: unsafe-fixes
FROM debian:trixie-slim
RUN apt-get update \
# want "apt-get install without --no-install-recommends"
    && apt-get install -y \
        curl \
        ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# want "apt-get install without --no-install-recommends"
ONBUILD RUN apt-get update && apt-get install -y git
