#!/bin/sh
set -e
apk add git
