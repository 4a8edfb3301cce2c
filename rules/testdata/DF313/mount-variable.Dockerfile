FROM debian:trixie-slim
# BuildKit expands the build's variables in a mount's target.
ARG APT_LISTS=/var/lib/apt/lists
RUN --mount=type=cache,target=$APT_LISTS apt-get update && apt-get install -y --no-install-recommends curl
USER 1000
