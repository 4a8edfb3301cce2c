#!/usr/bin/env bash
mkdir -p /var/lib/app
exec /opt/app/run.sh "$@"
