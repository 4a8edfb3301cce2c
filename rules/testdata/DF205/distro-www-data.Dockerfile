# On Alpine, www-data is 82.
FROM php:8.4-fpm-alpine
# want "USER www-data names a user, not a UID: .*; write its UID \\(82, as alpine gives it\\)"
USER www-data
