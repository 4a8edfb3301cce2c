# test: unsafe-fixes
# A created user and a different --chown owner: unsafe, and the owner of
# the files wins.
ARG OWNER=www-data
# want "several users: app \\(created on line 8\\), www-data \\(the owner COPY --chown gives files to on line 9\\)"
FROM php:8.4-fpm
ARG OWNER
RUN useradd --system app
COPY --chown=${OWNER}:${OWNER} . /var/www/html
CMD ["php-fpm"]
