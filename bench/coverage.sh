#!/usr/bin/env bash
# Usage: bench/coverage.sh CORPUS_DIR [DOCKERFIX_BINARY]
# Prints catalog coverage, DF101 findings and fixes, and DF201 findings by
# fix kind over a folder of Dockerfiles, judged on $DATE (default: the data
# snapshot's date), and with UNKNOWN=N the N most common base images the
# catalog does not know. Called by bench/compare.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./bench/stats -date "${DATE:-2026-12-04}" -unknown "${UNKNOWN:-0}" "$1"
