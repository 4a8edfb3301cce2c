# Under .devcontainer but with no devcontainer.json beside it: a dev
# container's, not judged.
FROM debian:trixie-slim
RUN apt-get update
