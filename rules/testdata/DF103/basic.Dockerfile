# test-config: enable: [DF103]
# Offline: the finding without a fix.
# want "node:24-alpine is not pinned by digest"
FROM node:24-alpine AS build
FROM build
FROM node:24-alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111
