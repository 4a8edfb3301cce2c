# syntax=docker/dockerfile:1
# A heredoc fed to a shell (Docker's reference shows RUN <<EOT bash) is the
# script that shell runs: its commands are checked and fixed as any RUN's,
# under that shell's options (-e here), not the SHELL's.
FROM debian:trixie-slim
RUN <<EOT bash
  set -ex
  apt-get update
  # want "apt-get install without -y"
  apt-get install --no-install-recommends vim
  rm -rf /var/lib/apt/lists/*
EOT
RUN sh -e <<EOF
apt-get update
# want "apt-get install without -y"
apt-get install --no-install-recommends jq
rm -rf /var/lib/apt/lists/*
EOF
USER 1000
