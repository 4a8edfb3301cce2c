# Beside a .devcontainer.json that builds it and runs it as root: the
# finding names the file, and there is no USER fix (the JSON decides).
# want "the dev container runs as root: .devcontainer.json sets containerUser to root"
FROM debian:trixie-slim
RUN useradd dev
