#!/bin/sh
# As docker:dind's dockerd-entrypoint.sh: the program is named with set --,
# then run with exec "$@".
set -eu
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
	set -- dockerd --host=unix:///var/run/docker.sock "$@"
fi
exec "$@"
