# test: osv
FROM debian:trixie-slim
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
# want `^piecemeal upgrade of openssl; drops the upgrade; debian:trixie-slim already carries`
    apt-get update && apt-get install -y --only-upgrade openssl && apt-get install -y --no-install-recommends git
