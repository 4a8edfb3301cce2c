# test-config: enable: [DF448]
# want "FROM --platform=linux/amd64 builds this stage for that platform"
FROM --platform=linux/amd64 debian:trixie-slim AS a
# want "FROM --platform=[$]TARGETOS/[$]TARGETARCH builds"
FROM --platform=$TARGETOS/$TARGETARCH debian:trixie-slim AS b
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
FROM --platform="${TARGETPLATFORM:-linux/amd64}" debian:trixie-slim
FROM debian:trixie-slim
