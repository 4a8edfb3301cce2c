# test: osv
FROM alpine:3.22
# want `^piecemeal upgrade of musl; drops the upgrade; alpine:3.22 already carries`
RUN apk upgrade --no-cache musl
# c-ares is not in every Alpine image: the pin goes, the install stays.
# want `^piecemeal pins of c-ares=1.34.5-r0, libcrypto3=3.5.4-r0; drops 2 pins; alpine:3.22 already carries the fixes for 2 known vulnerabilities in c-ares and openssl \(ALPINE-CVE-2025-31498, ALPINE-CVE-2025-9230\): build with --pull to get them$`
RUN apk add --no-cache c-ares=1.34.5-r0 'libcrypto3=3.5.4-r0'
# apk add --upgrade of packages the image may not have is a first install;
# a minimum version or apk's fuzzy match pins nothing in particular.
RUN apk add --upgrade --no-cache git bash
RUN apk --update add --no-cache curl 'su-exec>=0.2' git=~2
