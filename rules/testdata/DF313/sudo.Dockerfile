FROM debian:trixie-slim
RUN useradd -m app
USER app
# want "apt-get update leaves the package lists"
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl
