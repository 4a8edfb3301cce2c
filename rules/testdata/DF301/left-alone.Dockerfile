# test: osv
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get upgrade -y && apt-get dist-upgrade -y
RUN apt-get install -y ./local.deb curl/trixie-backports
RUN if dpkg -s "$PKG" >/dev/null 2>&1; then apt-get install -y --only-upgrade "$PKG"; fi
RUN ["apt-get", "install", "-y", "--only-upgrade", "openssl"]
RUN echo apt-get install --only-upgrade openssl
FROM alpine:3.22
RUN apk update && apk upgrade && apk add --no-cache curl
FROM rockylinux:9
RUN dnf upgrade -y --refresh && dnf install -y python3
