FROM debian:trixie-slim
RUN <<EOF
set -e
# want "apt-get update leaves the package lists"
apt-get update
apt-get install -y --no-install-recommends curl
EOF
