# test: unsafe-fixes
FROM registry.access.redhat.com/ubi9/ubi:9.6
# want "dnf install installs sudo"
RUN dnf install -y sudo git && dnf clean all
