# A UID a build argument may change: no fix.
FROM debian:trixie-slim
ARG APP_UID=1001
RUN useradd --uid "${APP_UID}" app
# want "USER app names a user, not a UID: .*; write its UID$"
USER app
