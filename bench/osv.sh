#!/usr/bin/env bash
# Usage: bench/osv.sh
#
# Measures the local OSV database at the size of OSV's Debian one (60,000
# records over 30,000 package names, shaped like osv/testdata's records) as
# whole processes answering three pins (openssl, curl, zlib in Debian:12):
# the first run, which indexes the archive, and later runs, which read the
# cached index and the five hundred records they need. Prints the median
# wall time, the median CPU time (user and system: what the wall time would
# be on one idle CPU, and a fair figure on a loaded machine) and the
# largest RSS of each (GNU time).
#
#   RUNS=N   runs of each kind; the median counts (default 5)
#
# Needs Go and /usr/bin/time. No network beyond what `go build` may fetch.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-5}
[[ -x /usr/bin/time ]] || { echo "osv.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/osvbench" ./osv/cmd/osvbench
"$tmp/osvbench" -gen "$tmp/db"
zip=$tmp/db/Debian/all.zip
echo "database: $(du -m "$zip" | cut -f1) MB zip, 60000 records over 30000 packages"

# measure KIND prepares each run with PREPARE, then prints the median wall
# time, the median CPU time and the largest RSS over RUNS runs.
measure() {
	local kind=$1 prepare=$2 i m=$(((runs + 1) / 2))
	: >"$tmp/times"
	for ((i = 0; i < runs; i++)); do
		eval "$prepare"
		/usr/bin/time -f "%e %M %U %S" -o "$tmp/t" "$tmp/osvbench" -db "$tmp/db" >/dev/null
		cat "$tmp/t" >>"$tmp/times"
	done
	local wall cpu rss
	wall=$(awk '{ print $1 }' "$tmp/times" | sort -n | sed -n "${m}p")
	cpu=$(awk '{ print $3 + $4 }' "$tmp/times" | sort -n | sed -n "${m}p")
	rss=$(awk '{ print $2 }' "$tmp/times" | sort -n | tail -1)
	printf "%-22s median %s s wall, %s s CPU, max RSS %d MB (%d runs)\n" "$kind" "$wall" "$cpu" $((rss / 1024)) "$runs"
}

measure "first run (indexing):" 'rm -f "$zip.dockerfix-index"'
measure "later run:" ':'
