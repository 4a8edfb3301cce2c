# The base comes from build arguments: another build may be on Alpine,
# where www-data is 82, not Debian's 33. No fix (serversideup/docker-php).
ARG PHP_VERSION=8.4
ARG BASE_OS_VERSION=bookworm
FROM php:${PHP_VERSION}-fpm-${BASE_OS_VERSION}
# want "USER www-data names a user, not a UID: .*; write its UID$"
USER www-data
