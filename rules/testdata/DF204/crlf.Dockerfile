FROM debian:trixie-slim
RUN groupadd -g 1000001 app && \
# want "UID 1000001"
    useradd -u 1000001 -g app app
