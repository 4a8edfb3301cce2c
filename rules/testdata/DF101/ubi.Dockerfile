# test: date=2029-06-15 unsafe-fixes
# UBI 8 follows RHEL 8, which ended on 2029-05-31: the next release is
# another image (ubi9, ubi10), and its tags come from documented
# conventions.
# want "^registry.access.redhat.com/ubi8/ubi:8.6: rhel 8 reached end of support on 2029-05-31; bump to registry.access.redhat.com/ubi10/ubi:10.2 \\(rhel 8 → 10\\), or to registry.access.redhat.com/ubi9/ubi:9.8 \\(rhel 8 → 9\\) with --bump minimal; needs review: a new rhel release line"
FROM registry.access.redhat.com/ubi8/ubi:8.6 AS build
RUN dnf install -y gcc
# want "^redhat/ubi8-minimal: rhel 8 reached end of support on 2029-05-31; bump to redhat/ubi10-minimal:latest"
FROM redhat/ubi8-minimal
