FROM debian:trixie-slim
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends git
RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends jq
# Only the downloaded packages are in a cache: the lists are not.
# want "apt-get update leaves the package lists"
RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends vim
