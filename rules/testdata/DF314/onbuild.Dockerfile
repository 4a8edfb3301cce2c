FROM debian:trixie-slim
# want "apt install in a script"
ONBUILD RUN apt install -y curl
RUN <<EOF
set -e
# want "apt update in a script"
apt \
  update
EOF
