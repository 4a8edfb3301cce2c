# test: unsafe-fixes
FROM debian:trixie-slim
RUN useradd --system --no-log-init app
USER app
WORKDIR /srv
# A trailing USER root with nothing after it that needs root goes back to
# app; unsafe, as the file may want root at run time on purpose.
# want "the last USER is root"
USER root
CMD ["/srv/run"]
