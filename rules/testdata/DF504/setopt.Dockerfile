# test: unsafe-fixes
FROM rockylinux/rockylinux:9
# want "yum-config-manager --setopt=epel.sslverify=0 turns TLS certificate checks off for the repositories"
RUN yum-config-manager --save --setopt="epel.sslverify=0" && yum install -y epel-release
# want "dnf --setopt=\\*.sslverify=false turns TLS certificate checks off"
RUN dnf config-manager --save --setopt=\*.sslverify=false
# want "dnf --setopt=sslverify=no turns TLS certificate checks off"
RUN dnf install -y --setopt sslverify=no curl
# Turned on, or another setting: no finding.
RUN yum-config-manager --save --setopt=sslverify=1 --setopt=install_weak_deps=False
