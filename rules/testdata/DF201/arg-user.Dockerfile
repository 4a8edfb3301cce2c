# A USER from a variable is not known to be root: no finding.
FROM debian:trixie-slim
ARG APP_USER=app
RUN useradd --system "$APP_USER"
USER ${APP_USER}
CMD ["sleep", "infinity"]
