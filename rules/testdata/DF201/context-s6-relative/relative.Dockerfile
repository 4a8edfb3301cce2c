# test: unsafe-fixes
# The service tree lands under /app, the WORKDIR, where s6-overlay does not
# look: no evidence that the container drops privileges.
# want "the container runs as root: no USER in the final stage"
FROM debian:trixie-slim
WORKDIR /app
COPY root/ .
CMD ["/app/etc/services.d/app/run"]
