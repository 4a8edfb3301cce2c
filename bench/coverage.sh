#!/usr/bin/env bash
# Usage: bench/coverage.sh CORPUS_DIR [DOCKERFIX_BINARY]
# Prints catalog coverage, DF101 findings and fixes, DF201 findings by fix
# kind, DF301 findings by what their fix does, the package-manager hygiene
# rules' findings (DF311-DF320) by fix safety, each BuildKit check's
# findings (DF410-DF439), then the supply-chain rules' (DF5xx) findings,
# over a folder of Dockerfiles, judged on $DATE (default: the data
# snapshot's date), with UNKNOWN=N the N most common base images the
# catalog does not know. OSV_DB=DIR weighs DF301's with the OSV databases
# in DIR. Called by bench/compare.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./bench/stats -date "${DATE:-2026-12-04}" -unknown "${UNKNOWN:-0}" ${OSV_DB:+-osv-db "$OSV_DB"} "$1"
