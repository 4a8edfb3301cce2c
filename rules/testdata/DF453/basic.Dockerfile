# test-config: enable: [DF453]
FROM debian:trixie-slim AS build
HEALTHCHECK CMD ["true"]
# want "the image has no HEALTHCHECK"
FROM debian:trixie-slim
ONBUILD HEALTHCHECK CMD ["true"]
