# test: unsafe-fixes
# Arch Linux's base image has bash, as Debian's does.
FROM archlinux:base
# want "a pipe without pipefail"
RUN curl -fsSL https://example.com/key | gpg --dearmor > /etc/x.gpg
