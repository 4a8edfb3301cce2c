# A pinned old patch of a supported line: info, safe bump within the line.
# want "node 24.1.0 is not the latest patch of node 24"
FROM node:24.1.0-alpine
# Pinned by digest: the owner keeps the patch current; no finding.
FROM node:24.1.0-alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111 AS pinned
