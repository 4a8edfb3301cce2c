FROM debian:trixie-slim
RUN <<EOF
set -e
apt-get update
# want "apt-get install without -y"
apt-get install --no-install-recommends \
    curl
EOF
# want "apt-get install without -y"
ONBUILD RUN apt-get install curl
