# A variable takes the default the Dockerfile gives it: a plain build runs
# as root.
FROM debian:trixie-slim
ARG RUNAS=root
# want "the last USER is root \\(USER \\$RUNAS with RUNAS=root\\)"
USER $RUNAS
CMD ["run"]
