# PowerShell's Azure Linux images refresh the index into a cache mount: it
# never reaches the layer, so it neither stays there nor goes stale.
FROM mcr.microsoft.com/azurelinux/base/core:3.0 AS repos
RUN --mount=type=cache,target=/var/cache/tdnf \
    tdnf install -y azurelinux-repos \
    && tdnf makecache

FROM repos
RUN tdnf install -y wget tar ca-certificates

FROM debian:trixie-slim AS apt
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get install -y --no-install-recommends curl

# Without the mount, the index is in the layer.
FROM repos AS plain
# want "tdnf makecache in a RUN that installs nothing from it: tdnf install on line 19 reads the index cached in this layer"
RUN tdnf makecache
RUN tdnf install -y wget
