#!/bin/sh
echo "starting as $(id -un)"
exec /usr/local/bin/server
