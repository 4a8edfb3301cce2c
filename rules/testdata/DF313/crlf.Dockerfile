FROM debian:trixie-slim
# want "apt-get update leaves the package lists"
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl
