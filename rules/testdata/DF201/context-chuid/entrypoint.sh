#!/bin/bash
# As sameersbn/docker-postgresql's: the server starts as its own user.
set -e
if [[ -z ${1} ]]; then
  exec start-stop-daemon --start --chuid "${PG_USER}:${PG_USER}" \
    --exec /usr/lib/postgresql/16/bin/postgres -- -D /var/lib/postgresql
else
  exec "$@"
fi
