# test: osv
FROM alpine:3.22
RUN <<EOF
set -eux
adduser -D app
# want `^piecemeal upgrade of musl; drops the upgrade; alpine:3.22 already carries the fixes for 1 known vulnerability in musl \(ALPINE-CVE-2025-26519\)`
apk upgrade --no-cache musl
mkdir /data
EOF
# Nothing else in this one: it goes whole.
RUN <<EOF
# want `^piecemeal upgrade of libcrypto3, libssl3; drops 2 upgrades; alpine:3.22 already carries the fixes for 1 known vulnerability in openssl \(ALPINE-CVE-2025-9230\)`
apk add --no-cache --upgrade libcrypto3 libssl3 libcrypto3
EOF
USER app
