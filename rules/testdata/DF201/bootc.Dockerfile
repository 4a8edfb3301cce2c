# A bootable container image (bootc): an operating system, whose systemd
# starts as root and runs each service as its own user. A USER there would
# make no sense. Evidence: a RUN that runs bootc (ublue-os's main images,
# built on fedora-ostree-desktops).
# want "the container starts as root and drops privileges itself \\(RUN on line 8 runs bootc: a bootable OS image, whose systemd starts as root\\); no USER fix offered"
FROM registry.example.com/os/base:44
RUN dnf -y install htop && dnf clean all
RUN ["bootc", "container", "lint"]
