FROM rockylinux:9
# want "dnf install without -y"
RUN dnf install httpd && dnf clean all
# want "yum install without -y"
RUN yum install httpd-2.4.24 && yum clean all
# want "dnf upgrade without -y"
RUN dnf upgrade && dnf clean all
RUN dnf -y install httpd && dnf install --assumeyes git && dnf --setopt=assumeyes=1 install jq && yum install -yq tar
# microdnf never asks: its -y does nothing.
RUN microdnf install httpd && microdnf clean all
# want "dnf group install without -y"
RUN dnf group install "Development Tools"
RUN dnf group list && dnf makecache && dnf repolist && dnf clean all
# want "tdnf install without -y"
RUN tdnf install curl
