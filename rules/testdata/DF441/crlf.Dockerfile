FROM debian:trixie-slim
WORKDIR /app
# want "cd in RUN"
RUN cd /tmp && \
    ls
RUN ls