FROM rockylinux:9
# want "dnf install leaves its cache in the layer: run dnf clean all at the end of the RUN"
RUN dnf install -y httpd
RUN dnf install -y git && dnf clean all
RUN yum install -y make && rm -rf /var/cache/yum/*
# The clean comes before the install.
# want "dnf install leaves its cache in the layer"
RUN dnf clean all && dnf install -y vim
# want "microdnf install leaves its cache in the layer: run microdnf clean all"
RUN microdnf install -y jq
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y tar
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y gzip
RUN yum update -y \
# want "yum install leaves its cache"
    && yum install -y \
        unzip
# want "tdnf install leaves its cache in the layer: run tdnf clean all"
RUN tdnf install -y curl
