#!/bin/sh
set -e
apt-get -y autoremove
rm -rf /var/lib/apt/lists/* /tmp/*
