#!/usr/bin/env bash
# Usage: bench/coverage.sh CORPUS_DIR [DOCKERFIX_BINARY]
# Prints catalog coverage, DF101 findings and fixes, DF201 findings by fix
# kind, and the package-manager hygiene rules' findings (DF311-DF320) by fix
# safety over a folder of Dockerfiles. Called by bench/compare.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./bench/stats -date "${DATE:-2026-11-23}" "$1"
