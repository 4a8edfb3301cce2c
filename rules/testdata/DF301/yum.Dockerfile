# test: osv
FROM rockylinux/rockylinux:9
# want `^piecemeal upgrade of openssl-libs; drops the upgrade; rockylinux/rockylinux:9 already carries the fixes for 1 known vulnerability in openssl \(RLSA-2024:9333\)`
RUN dnf update -y openssl-libs && dnf clean all
# want `^piecemeal pin of openssl=1:3.2.2-6.el9_5; drops the pin; rockylinux/rockylinux:9 already carries`
RUN microdnf install -y --nodocs openssl-1:3.2.2-6.el9_5 shadow-utils && microdnf clean all
RUN yum update -y && yum clean all
# A package of repository definitions is updated to install from them.
RUN dnf update -y rocky-release && dnf --enablerepo crb install -y ninja-build && dnf clean all

FROM registry.access.redhat.com/ubi9/ubi-minimal AS ubi
# The catalog knows UBI 9 (supported; the untagged ubi-minimal moves with
# updates): dropping the upgrade is safe.
# want `^piecemeal upgrade of openssl-libs; drops the upgrade; registry.access.redhat.com/ubi9/ubi-minimal already carries the fixes for 1 known vulnerability in openssl-libs \(RHSA-2024:9333\): build with --pull to get them$`
RUN microdnf update -y openssl-libs && microdnf clean all
