# test: unsafe-fixes
# USER is read as BuildKit reads it: "root" is root.
FROM debian:trixie-slim
RUN useradd --system --no-log-init app
USER app
# want "the last USER is root$"
USER "root"
CMD ["run"]
