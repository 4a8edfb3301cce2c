#!/usr/bin/env bash
# Usage: bench/osv.sh
#
# Measures the local OSV database at the size of OSV's Debian one (60,000
# records over 30,000 package names, shaped like osv/testdata's records) as
# whole processes answering three pins (openssl, curl, zlib in Debian:12):
# the first run, which indexes the archive, and later runs, which read the
# cached index and the five hundred records they need. Prints the median
# wall time and the largest RSS of each (GNU time).
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

# measure KIND prepares each run with PREPARE, then prints the median
# wall time and the largest RSS over RUNS runs.
measure() {
	local kind=$1 prepare=$2 i
	: >"$tmp/times"
	for ((i = 0; i < runs; i++)); do
		eval "$prepare"
		/usr/bin/time -f "%e %M" -o "$tmp/t" "$tmp/osvbench" -db "$tmp/db" >/dev/null
		cat "$tmp/t" >>"$tmp/times"
	done
	sort -n "$tmp/times" | awk -v kind="$kind" -v n="$runs" '
		{ t[NR] = $1; if ($2 > rss) rss = $2 }
		END { printf "%-22s median %.2f s, max RSS %d MB (%d runs)\n", kind, t[int((n + 1) / 2)], rss / 1024, n }'
}

measure "first run (indexing):" 'rm -f "$zip.dockerfix-index"'
measure "later run:" ':'
