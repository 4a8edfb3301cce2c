FROM debian:trixie-slim
ENV RUNAS=0:0
# want "the last USER is \\$\\{RUNAS\\}"
USER ${RUNAS}
CMD ["run"]
