FROM alpine:3.22
# want "apk update: nothing reads the index it downloads, which stays in the layer"
RUN apk update && apk add --no-cache curl
# want "apk update in a RUN that installs nothing from it: apk add on line 6"
RUN apk update
RUN apk add git
RUN apk update && apk add jq
# A wasted download, but nothing stays behind.
RUN apk update && apk add --no-cache libstdc++ && rm -rf /var/cache/apk/*

FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.9.0 AS xx
FROM --platform=$BUILDPLATFORM debian:trixie-slim AS cross
COPY --from=xx / /
# tonistiigi/xx's wrapper runs apt-get for the target platform: it reads the index.
RUN apt-get update && xx-apt-get install -y --no-install-recommends gcc libc6-dev
# A sh -c string that runs apt-get reads it too, though the script's parse does not enter it.
RUN apt-get update && bash -ec "apt-get upgrade -yq openssl && rm -rf /var/lib/apt/lists/*"
# want "apt-get update: nothing reads the index it downloads"
RUN apt-get update && sh -c "echo done"
# An update that checks a new repository's key, then apt-get dist-clean,
# which removes the lists (tianon's microsoft-edge): nothing stays behind.
RUN echo 'deb https://packages.example.com/repo stable main' > /etc/apt/sources.list.d/x.list; apt-get update; apt-get dist-clean
# A script the file does not show runs after the update: it may install.
COPY library-scripts/*.sh /tmp/library-scripts/
RUN apt-get update && bash /tmp/library-scripts/common-debian.sh && rm -rf /tmp/library-scripts
