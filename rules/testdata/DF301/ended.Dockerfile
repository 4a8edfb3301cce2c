# test: osv unsafe-fixes
# Debian 11 has ended: the pin goes and the base is bumped, in one unsafe
# fix; the message counts what the newer release fixes.
FROM debian:bullseye-slim
# want `^piecemeal upgrade of openssl; debian 11 reached end of support on 2024-08-14: drops the upgrade and bumps to debian:trixie-slim \(debian 11 → 13\); the bump resolves 1 known vulnerability in openssl \(DEBIAN-CVE-2025-9231\); needs review: a new debian release line$`
RUN apt-get update && apt-get install -y --only-upgrade openssl && apt-get install -y --no-install-recommends curl
