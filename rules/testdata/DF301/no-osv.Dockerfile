# Without OSV data the fix is the same, unsafe, and the message says how
# to get the data.
FROM debian:trixie-slim
# want `^piecemeal upgrade of openssl; drops the upgrade, unverified: no OSV data \(pass --osv-db DIR or use --online\)$`
RUN apt-get update && apt-get install -y --only-upgrade openssl

# On an ended release the bump is the fix; without OSV data nothing counts
# what it resolves, and the message says so.
FROM debian:bullseye-slim AS old
# want `^piecemeal upgrade of openssl; debian 11 reached end of support on 2024-08-14: drops the upgrade and bumps to debian:trixie-slim \(debian 11 → 13\); unverified: no OSV data to count what the bump resolves \(pass --osv-db DIR or use --online\); needs review: a new debian release line$`
RUN apt-get update && apt-get install -y --only-upgrade openssl
