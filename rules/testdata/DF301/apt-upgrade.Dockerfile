# test: osv
# The whole RUN goes: apt-get update and the list cleanup only served the
# upgrade. A supported release whose tag moves already has the fix.
FROM debian:trixie-slim
# want `^piecemeal upgrade of openssl, libssl3t64; drops 2 upgrades; debian:trixie-slim already carries the fixes for 3 known vulnerabilities in openssl \(DEBIAN-CVE-2025-9232, DEBIAN-CVE-2025-9231, DEBIAN-CVE-2025-9230\): build with --pull to get them$`
RUN apt-get update && apt-get install -y --only-upgrade openssl libssl3t64 && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
