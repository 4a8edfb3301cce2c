# A variable takes the default the Dockerfile gives it: a plain build runs
# as root.
FROM debian:trixie-slim
ARG RUNAS=root
# want "the last USER is \\$RUNAS"
USER $RUNAS
CMD ["run"]
