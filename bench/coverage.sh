#!/usr/bin/env bash
# Usage: bench/coverage.sh CORPUS_DIR [DOCKERFIX_BINARY]
# Prints catalog coverage, DF101 findings and fixes, and DF201 findings by
# fix kind over a folder of Dockerfiles, then each BuildKit check's
# findings (DF410-DF439). Called by bench/compare.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./bench/stats -date "${DATE:-2026-11-23}" "$1"
