FROM node:24-alpine AS api
# want "HEALTHCHECK CMD uses the shell form; every check starts a shell"
HEALTHCHECK CMD node healthcheck.js
CMD ["node", "server.js"]

FROM nginx:1.30-alpine AS web
# The flags stay as they are; only the command is rewritten.
# want "HEALTHCHECK CMD uses the shell form"
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s \
  CMD exec wget --quiet --spider http://localhost/

FROM python:3.13-slim AS worker
# want "HEALTHCHECK CMD uses the shell form; .* [(]it uses shell features"
HEALTHCHECK --interval=1m CMD curl -f http://localhost:8000/health || exit 1

FROM debian:trixie-slim AS lowercase
# want "HEALTHCHECK CMD uses the shell form"
healthcheck cmd /usr/local/bin/probe --ready

FROM debian:trixie-slim AS fine
HEALTHCHECK CMD ["/usr/local/bin/probe", "--ready"]

FROM debian:trixie-slim AS none
HEALTHCHECK NONE

FROM debian:trixie-slim AS skipped
# check=skip=JSONArgsRecommended
HEALTHCHECK CMD /usr/local/bin/probe

FROM debian:trixie-slim AS other-shell
SHELL ["/bin/bash", "-c"]
HEALTHCHECK CMD /usr/local/bin/probe
