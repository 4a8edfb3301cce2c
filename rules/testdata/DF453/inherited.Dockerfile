# test-config: enable: [DF453]
FROM debian:trixie-slim AS base
HEALTHCHECK NONE
FROM base AS app
FROM app
