# syntax=docker/dockerfile:1
FROM debian:trixie-slim
RUN <<EOF
set -eux
groupadd -g 1000001 app
# want "UID 1000001"
useradd -u 1000001 -g app app
EOF
