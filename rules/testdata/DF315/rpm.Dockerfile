FROM rockylinux:9
# want "dnf makecache in a RUN that installs nothing from it: dnf install on line 4"
RUN dnf makecache
RUN dnf install -y httpd && dnf clean all
# dnf update upgrades packages: it is no index refresh.
RUN dnf update -y && dnf clean all

FROM opensuse/leap:15.6
# want "zypper refresh: nothing reads the index"
RUN zypper refresh
