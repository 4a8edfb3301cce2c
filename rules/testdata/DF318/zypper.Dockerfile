FROM opensuse/leap:15.6
# want "zypper install leaves its cache in the layer: run zypper clean --all"
RUN zypper --non-interactive install curl
RUN zypper -n in git && zypper clean
RUN zypper -n in jq && zypper cc -a
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in tar
