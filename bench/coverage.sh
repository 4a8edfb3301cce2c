#!/usr/bin/env bash
# Usage: bench/coverage.sh CORPUS_DIR [DOCKERFIX_BINARY]
# Prints catalog coverage, DF101 findings and fixes, DF201 findings by fix
# kind, and DF301 findings by what their fix does over a folder of
# Dockerfiles. OSV_DB=DIR weighs DF301's with the OSV databases in DIR.
# Called by bench/compare.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./bench/stats -date "${DATE:-2026-11-23}" ${OSV_DB:+-osv-db "$OSV_DB"} "$1"
