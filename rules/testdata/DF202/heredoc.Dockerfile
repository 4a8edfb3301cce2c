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
# Removing sudo would turn these lines into the terminator: no fix.
RUN <<EOF
# want "sudo is unnecessary"
sudo EOF
EOF
RUN <<-EOT
	# want "sudo is unnecessary"
	sudo EOT
	EOT
USER nobody
RUN <<-EOT
	# want "which runs as user \"nobody\""
	sudo true
	EOT
