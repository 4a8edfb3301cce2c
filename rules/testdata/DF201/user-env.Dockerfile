FROM debian:trixie-slim
ENV RUNAS=0:0
# want "the last USER is 0:0 \\(USER \\$\\{RUNAS\\} with RUNAS=0:0\\)"
USER ${RUNAS}
CMD ["run"]
