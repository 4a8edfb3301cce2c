# postgres's docker-entrypoint.sh initialises the database and drops to
# the postgres user only when the command is postgres: from a shell-form
# CMD it gets /bin/sh, so the exec form changes what starts, and as whom.
FROM postgres:17.6 AS db
# want "needs review: postgres:17.6's entrypoint gets the command's words instead of /bin/sh -c and the command, and initialises the database and switches to postgres with gosu only when the command is postgres"
CMD postgres -c shared_buffers=256MB

# The same through a stage built on it.
FROM redis:8.2 AS cache
FROM cache
# want "needs review: redis:8.2's entrypoint .* switches to redis with gosu only when the command is redis-server"
CMD redis-server /usr/local/etc/redis/redis.conf

FROM nginx:1.29-alpine
# want "needs review: nginx:1.29-alpine's entrypoint .* runs the scripts of /docker-entrypoint.d"
CMD nginx -g "daemon off;"

# node's entrypoint runs a plain command as it is: safe.
FROM node:24-alpine
# want "CMD uses the shell form; signals will not reach the program$"
CMD node server.js

# An image the catalog does not know may have any entrypoint: review.
FROM mycorp/base:1.2
# want "needs review: the catalog does not know whether mycorp/base:1.2 has an entrypoint: if it has one, it gets the command's words instead of /bin/sh -c and the command"
CMD myserver --port 80

# Fedora's own registry: an OS image, with none.
FROM registry.fedoraproject.org/fedora:42
# want "CMD uses the shell form; signals will not reach the program$"
CMD sleep infinity

# ENTRYPOINT [] clears the base image's: the command runs as it is.
FROM postgres:17.6
ENTRYPOINT []
# want "CMD uses the shell form; signals will not reach the program$"
CMD postgres -c shared_buffers=256MB
