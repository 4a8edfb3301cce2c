# An ARG with no default: the user comes from --build-arg, unknown here.
FROM debian:trixie-slim
ARG RUNAS
USER $RUNAS
CMD ["run"]
