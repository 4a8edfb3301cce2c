# A pinned old patch of a supported line on a named OS release: info, safe
# bump within the line.
# want "node 24\\.14\\.0 is not the latest release of node 24 \\(24.19.0\\); bump to node:24.19.0-trixie-slim$"
FROM node:24.14.0-trixie-slim
# Pinned by digest: the owner keeps the patch current; no finding.
FROM node:24.1.0-alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111 AS pinned
