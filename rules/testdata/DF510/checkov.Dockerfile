# test: unsafe-fixes
# Checkov's own cases for CKV2_DOCKER_7 to CKV2_DOCKER_11 (tests/dockerfile/
# graph_builder/checks/resources/*/fail), one stage per check.
FROM alpine:3.22 AS apk
# want "apk --allow-untrusted installs packages whose signature is missing or untrusted"
RUN apk add --allow-untrusted python3
# want "apk --allow-untrusted"
RUN apk --allow-untrusted add python3
# want "apk --allow-untrusted"
RUN apk --allow-untrusted \
    add python3
RUN apk add python3 \
    # want "apk --allow-untrusted"
    --allow-untrusted
# want "apk --allow-untrusted"
RUN echo "prodsec" && apk --allow-untrusted add python3
# Mentions that are no switch of apk: no finding.
RUN apk add a-handbag | grep -- "--allow-untrusted"
RUN apk upgrade && echo "--allow-untrusted"
# Package files, built in an earlier stage or fetched and checked by hand,
# carry no signature apk trusts: --allow-untrusted is how they install.
COPY --from=build /out/*.apk /tmp/packages/
RUN apk add --no-cache --allow-untrusted /tmp/packages/nginx-module-*.apk "/tmp/glibc-2.35.apk"
# A repository package among them is fetched unchecked too.
# want "apk --allow-untrusted"
RUN apk add --allow-untrusted msodbcsql18_18.3.2.1-1_amd64.apk unixodbc-dev

FROM debian:trixie-slim AS apt
# want "apt-get --allow-unauthenticated installs packages from repositories whose signatures are missing or wrong"
RUN apt-get install -y --allow-unauthenticated python3
# want "apt-get --force-yes installs unauthenticated packages"
RUN apt-get --force-yes install python3
RUN apt-get install -y python3 | grep -- "--force-yes"

FROM fedora:43 AS rpm
# want "dnf --nogpgcheck installs packages without checking their GPG signatures"
RUN dnf install -y --nogpgcheck python3
# want "tdnf --nogpgcheck"
RUN tdnf -y update && tdnf install -y shadow-utils --nogpgcheck && tdnf clean all
# want "rpm --nodigest installs a package without checking its signature or digests"
# want "rpm --nosignature"
RUN rpm -i --nodigest --nosignature python3.rpm
RUN rpm -i python3.rpm ; echo "--nodigest"

FROM opensuse/leap:15.6 AS zypper
# want "zypper --no-gpg-checks"
RUN sudo zypper --no-gpg-checks install -y python3
