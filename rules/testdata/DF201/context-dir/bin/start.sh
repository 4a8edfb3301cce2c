#!/bin/bash
chown -R app:app /srv/data
exec su-exec app:app /srv/bin/server
