FROM debian:trixie-slim
# hadolint ignore=DL3046
RUN useradd -u 1000001 app
