# test: unsafe-fixes
# The program serves port 80: a non-root user may not bind it (Docker
# lets it, other runtimes may not), so the switch is unsafe.
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN useradd --system web
COPY web /usr/local/bin/web
EXPOSE 80/tcp 8443
CMD ["web"]
