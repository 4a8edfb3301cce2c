FROM debian:trixie-slim AS build
# A build stage the final image does not contain.
RUN apt-get update && apt-get install -y sudo build-essential
FROM debian:trixie-slim
# Removed, not installed; a package named like it; sudo as a word.
RUN apt-get purge -y sudo && apt-get install -y sudo-ldap-docs && echo sudo
RUN apk upgrade sudo
