# syntax=docker/dockerfile:1
FROM debian:trixie-slim
RUN <<EOF
set -eux
# want "UID 1000001"
useradd -u 1000001 app
EOF
# want "UID 100000"
RUN ["useradd", "-u", "100000", "x"]
