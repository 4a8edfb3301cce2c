#!/bin/sh
# Installs the runtime with apk, from the index apk update fetched.
apk add python3
