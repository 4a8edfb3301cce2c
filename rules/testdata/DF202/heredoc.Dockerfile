# syntax=docker/dockerfile:1
FROM debian:trixie-slim
RUN <<EOF
set -eux
# want "sudo is unnecessary"
sudo apt-get update
# want "sudo is unnecessary"
if ! command -v curl; then sudo apt-get install -y curl; fi
echo sudo
EOF
RUN <<EOF
#!/usr/bin/env python3
sudo = "not a command"
print(sudo)
EOF
RUN python3 <<EOF
sudo = 1
EOF
RUN <<EOF
#!/bin/bash
# want "sudo is unnecessary"
sudo ldconfig
EOF
USER nobody
RUN <<-EOT
	# want "which runs as user \"nobody\""
	sudo true
	EOT
