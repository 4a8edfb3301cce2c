# test: osv
FROM debian:trixie-slim
ARG OPENSSL_VERSION=3.5.4-1~deb13u1
ARG CURL_VERSION
# The ARG default decides the version: OSV weighs 3.5.4-1~deb13u1. openssl
# (the tool) is not in every Debian image, so the install stays and only
# loses its version.
# want `^piecemeal pin of openssl=3.5.4-1~deb13u1; drops the pin; debian:trixie-slim already carries the fixes for 3 known vulnerabilities in openssl`
RUN apt-get update && apt-get install -y --no-install-recommends openssl=${OPENSSL_VERSION} && rm -rf /var/lib/apt/lists/*
# A version only --build-arg sets: nothing to weigh.
# want `^piecemeal pin of curl=\$\{CURL_VERSION\}; drops the pin, unverified: the version of curl comes from a build argument \(\$\{CURL_VERSION\}\)$`
RUN apt-get update && apt-get install -y --no-install-recommends "curl=${CURL_VERSION}" && rm -rf /var/lib/apt/lists/*
