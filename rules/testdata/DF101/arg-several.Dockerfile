# test: unsafe-fixes date=2026-12-04
# Several ARGs build the tag (serversideup/docker-php): the one that
# changes gets the new default, the others keep theirs.
ARG BASE_OS_VERSION='bookworm'
ARG PHP_VERSION='8.5'
ARG PHP_VARIATION='cli'
# An ARG for the registry only (PowerShell-Docker's hostRegistry): it keeps
# its value, and the literal after it moves.
ARG hostRegistry=docker.io/library
# want "php:8.5-cli-bookworm: debian 12 left regular security support on 2026-07-11; Debian LTS patches it until 2028-06-30; bump to php:8.5-cli-trixie \\(debian 12 → 13\\); needs review: a new debian release$"
FROM php:${PHP_VERSION}-${PHP_VARIATION}-${BASE_OS_VERSION} AS cli
RUN php -v

# want "docker.io/library/ubuntu:20.04: ubuntu 20.04 reached end of support on 2025-05-31; bump to docker.io/library/ubuntu:26.04"
FROM ${hostRegistry}/ubuntu:20.04
USER nobody
CMD ["bash"]
