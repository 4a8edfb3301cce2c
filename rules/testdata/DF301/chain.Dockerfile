# test: osv
# A pin in the middle of a long chain: that segment and the && after it
# go, every other byte stays. libc6 is in every Debian image, so the pin
# only patches it; 2.36-9+deb12u10 is still affected by a fix the
# archive has (a stale pin).
FROM debian:bookworm-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl gnupg \
    && groupadd -r app && useradd -r -g app app \
# want `^piecemeal pin of libc6=2.36-9\+deb12u10; drops the pin; debian:bookworm-slim already carries the fixes for 1 known vulnerability in glibc \(DEBIAN-CVE-2025-4802\): build with --pull`
    && apt-get install -y libc6=2.36-9+deb12u10 \
    && mkdir -p /app && chown app:app /app \
    && rm -rf /var/lib/apt/lists/*
USER app

FROM debian:bookworm-slim AS vendor
RUN echo 'deb [signed-by=/etc/apt/keyrings/vendor.asc] https://apt.example.com/debian bookworm main' > /etc/apt/sources.list.d/vendor.list
# A vendor repository leaves its product's pins alone, not the distro's own
# packages; apt-get autoremove and clean only served the pin: the RUN goes.
# want `^piecemeal pin of zlib1g=1:1.2.13.dfsg-1; drops the pin; debian:bookworm-slim already carries the fixes for 1 known vulnerability in zlib \(DEBIAN-CVE-2022-37434\)`
RUN apt-get update && apt-get install -y zlib1g=1:1.2.13.dfsg-1 && apt-get autoremove -y && apt-get clean
RUN apt-get update && apt-get install -y vendor-tool=2.1.0-1 && rm -rf /var/lib/apt/lists/*
