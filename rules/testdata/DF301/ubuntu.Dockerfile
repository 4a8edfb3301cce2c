# test: osv
FROM ubuntu:22.04
# want `^piecemeal upgrade of libssl3; drops the upgrade; ubuntu:22.04 already carries the fixes for 2 known vulnerabilities in openssl \(UBUNTU-CVE-2025-9230, UBUNTU-CVE-2024-5535\)`
RUN apt-get update && apt-get install -y --only-upgrade libssl3 && rm -rf /var/lib/apt/lists/*
