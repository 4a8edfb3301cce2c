# Without OSV data the fix is the same, unsafe, and the message says how
# to get the data.
FROM debian:trixie-slim
# want `^piecemeal upgrade of openssl; drops the upgrade, unverified: no OSV data \(pass --osv-db DIR or use --online\)$`
RUN apt-get update && apt-get install -y --only-upgrade openssl
