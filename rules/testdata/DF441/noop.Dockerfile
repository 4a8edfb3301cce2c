FROM debian:trixie-slim AS build
WORKDIR /app
# want "cd in RUN"
RUN cd /app
# want "cd in RUN"
RUN cd /tmp
FROM debian:trixie-slim
WORKDIR /app
# want "cd in RUN"
RUN cd /tmp
# An absolute WORKDIR next: nothing sees the change.
# want "cd in RUN"
RUN cd /var && ls
WORKDIR /srv
