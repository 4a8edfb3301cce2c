# test: osv unsafe-fixes
# A date-stamped tag never gets the archive's fixes: the pin goes and the
# tag moves to the one that is rebuilt.
FROM debian:bookworm-20240211-slim
# want `^piecemeal upgrade of libc6; debian:bookworm-20240211-slim is date-stamped and never gets the archive's newer fixes: drops the upgrade and moves it to debian:bookworm-slim; debian 12's archive already carries the fixes for 1 known vulnerability in glibc \(DEBIAN-CVE-2025-4802\)$`
RUN apt-get update && apt-get install -y --only-upgrade libc6 && apt-get install -y --no-install-recommends curl
