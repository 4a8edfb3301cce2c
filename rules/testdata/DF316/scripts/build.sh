#!/bin/sh
set -e
make -C /src install
