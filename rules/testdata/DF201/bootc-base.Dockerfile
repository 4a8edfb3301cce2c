# The base image's name says it is a bootable OS image.
# want "the container starts as root and drops privileges itself \\(quay.io/fedora/fedora-bootc:44, a bootable OS image whose systemd starts as root\\); no USER fix offered"
FROM quay.io/fedora/fedora-bootc:44
RUN dnf -y install tmux && dnf clean all
