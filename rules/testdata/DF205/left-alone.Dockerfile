# A UID, a build argument, root (DF201's) or an earlier stage's user: no
# finding.
FROM debian:trixie-slim AS build
RUN useradd -u 1001 builder
USER builder

FROM debian:trixie-slim AS numeric
USER 10001:10001

FROM debian:trixie-slim AS arg
ARG APP_USER=app
USER ${APP_USER}

FROM debian:trixie-slim
USER root
