# test: online unsafe-fixes
FROM debian:trixie-slim
# want "ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 has no --checksum: the build takes whatever the server sends; needs review: the fix pins what the server serves today"
ADD --chmod=0755 https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/local/bin/dumb-init
ARG S6_OVERLAY_VERSION=3.2.1.0
# want "ADD https://github.com/just-containers/s6-overlay/releases/download/v.{S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz has no --checksum.*needs review"
ADD https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz /tmp
# The URL depends on the build: no fix.
ARG TARGETARCH
# want "has no --checksum: the build takes whatever the server sends \\(the URL depends on the build's arguments\\)"
ADD https://example.org/tool-${TARGETARCH}.tgz /tmp/
# want "a.txt has no --checksum.*\\(--checksum takes one source\\)" "b.txt has no --checksum.*\\(--checksum takes one source\\)"
ADD https://example.org/a.txt https://example.org/b.txt /docs/
# want "has no --checksum.*\\(--online did not fetch it: file too large\\)"
ADD https://example.org/too-large.iso /tmp/
