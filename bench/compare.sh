#!/usr/bin/env bash
# Usage: bench/compare.sh [DIR]
#
# Times the dockerfix CLI against dockerfilelint (npm) on the same
# Dockerfiles and prints files/second for each and their ratio, then the wall
# time of one process of each on a small Dockerfile.
#
#   DIR       Dockerfiles to lint, every regular file below it
#             (default: ../shared/corpus/files beside the repository root)
#   RUNS=N    timed runs per tool; the median counts (default 3)
#   JOBS=N    CPUs: parallel dockerfilelint probes, dockerfix's GOMAXPROCS
#             (default: nproc)
#   CHUNK=N   files per first dockerfilelint probe (default: enough for
#             8 chunks per CPU, at most 64)
#
# Needs Go, Node and npm. Network: `go build` may fetch modules, and npm
# installs dockerfilelint into a temporary directory (nothing global).
#
# dockerfilelint crashes on some real files (a TypeError in its HEALTHCHECK
# check, a JSON SyntaxError in its SHELL check), and a crash ends the whole
# batch with no output. So the script first finds the files it survives, by
# running it on chunks in parallel and bisecting the chunks that crash, then
# times both tools on those files only.
#
# After the comparison, bench/coverage.sh DIR DOCKERFIX runs if it exists and
# is executable.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$root/../shared/corpus/files}
[[ -d $corpus ]] || { echo "compare.sh: $corpus: no such directory" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)
cd "$root"

runs=${RUNS:-3}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
dfl_version=1.8.0 # the last release; pinned so that runs compare

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# now sets REPLY to the time in microseconds, from bash's own clock when it
# has one: `date` would add its own start-up to every time it takes.
if [[ -n ${EPOCHREALTIME:-} ]]; then
	now() { REPLY=${EPOCHREALTIME/[.,]/}; }
else
	now() { REPLY=$(($(date +%s%N) / 1000)); }
fi
ms() { echo $((($2 - $1) / 1000)); }

echo "building dockerfix..."
go build -o "$tmp/dockerfix" ./cmd/dockerfix
echo "installing dockerfilelint@$dfl_version..."
npm install --prefix "$tmp/npm" --no-audit --no-fund --loglevel=error "dockerfilelint@$dfl_version" >/dev/null
df=$tmp/dockerfix
dfl=$tmp/npm/node_modules/.bin/dockerfilelint

# Paths relative to the corpus keep the command lines short.
(cd "$corpus" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$tmp/all.txt"
total=$(wc -l <"$tmp/all.txt")
((total > 0)) || { echo "compare.sh: no files in $corpus" >&2; exit 2; }
echo "corpus: $corpus ($total files)"

# probe LIST OUT [bad]: appends to OUT.ok the files of LIST that
# dockerfilelint lints and to OUT.bad those it crashes on. Its JSON report is
# printed only at the end, so a crash shows as a missing "totalIssues". The
# exit code is the issue count mod 256, useless here. "bad" means LIST is
# already known to crash, which saves a run.
probe() {
	local list=$1 out=$2 known_bad=${3:-} n half
	local -a names
	mapfile -t names <"$list"
	n=${#names[@]}
	if [[ -z $known_bad ]]; then
		(cd "$CORPUS" && exec "$DFL" -j "${names[@]}") >"$list.json" 2>/dev/null || true
		if tail -c 64 "$list.json" | grep -q '"totalIssues"'; then
			printf '%s\n' "${names[@]}" >>"$out.ok"
			return 0
		fi
	fi
	if ((n == 1)); then
		printf '%s\n' "${names[@]}" >>"$out.bad"
		return 0
	fi
	half=$((n / 2))
	printf '%s\n' "${names[@]:0:half}" >"$list.a"
	printf '%s\n' "${names[@]:half}" >"$list.b"
	# When the first half survives, the crash is in the second.
	local before=0
	[[ -f $out.ok ]] && before=$(wc -l <"$out.ok")
	probe "$list.a" "$out"
	local after=0
	[[ -f $out.ok ]] && after=$(wc -l <"$out.ok")
	if ((after - before == half)); then
		probe "$list.b" "$out" bad
	else
		probe "$list.b" "$out"
	fi
}
export -f probe
export CORPUS=$corpus DFL=$dfl

# Enough chunks to keep every core busy; small enough that a crash costs
# few extra runs. Node's startup (~0.1 s) dominates a run, not the files.
chunk=$(((total + 8 * jobs - 1) / (8 * jobs)))
((chunk <= 64)) || chunk=64
chunk=${CHUNK:-$chunk}
mkdir "$tmp/probe"
split -l "$chunk" -a 5 "$tmp/all.txt" "$tmp/probe/c"
now
t0=$REPLY
find "$tmp/probe" -name 'c*' -print0 | xargs -0 -n 1 -P "$jobs" bash -c 'probe "$1" "$1"' _
now
t1=$REPLY
cat "$tmp"/probe/*.ok 2>/dev/null | LC_ALL=C sort >"$tmp/ok.txt" || true
cat "$tmp"/probe/*.bad 2>/dev/null | LC_ALL=C sort >"$tmp/bad.txt" || true
ok=$(wc -l <"$tmp/ok.txt")
bad=$(wc -l <"$tmp/bad.txt")
echo "dockerfilelint crashes on $bad of $total files (found in $(ms "$t0" "$t1") ms, chunks of $chunk, $jobs jobs)"
if ((bad > 0)); then
	# One more run per crash, for the error and the check that threw it.
	(cd "$corpus" && xargs -d '\n' -P "$jobs" -I{} sh -c '"$0" -j "$1" 2>&1 >/dev/null |
		awk "/^[A-Za-z]*Error/ && !e {e = \$0} /^ +at .*dockerfilelint\/lib\// && !a {a = \$2} END {print e \" in \" a}"' \
		"$dfl" {} <"$tmp/bad.txt") | LC_ALL=C sort | uniq -c | sort -rn | sed 's/^ */  /'
	head -n 3 "$tmp/bad.txt" | sed 's/^/  e.g. /'
fi
((ok > 0)) || { echo "compare.sh: dockerfilelint lints none of the files" >&2; exit 1; }

mapfile -t files <"$tmp/ok.txt"

# timed OUT [VAR=VALUE...] -- CMD...: runs CMD in the corpus directory with
# that environment, stdout to OUT.out and stderr to OUT.err; sets rc to its
# exit code and elapsed to its wall time in microseconds, from just before
# its exec to its exit. The subshell is forked before the clock starts: a
# copy of this shell, file list and all, is no tool's time (it was 10 ms a
# run, an eighth of dockerfix's).
timed() {
	local out=$1 end
	shift
	rc=0
	(
		cd "$corpus" || exit 125
		while [[ $1 != -- ]]; do
			export "${1?}"
			shift
		done
		shift
		now
		echo "$REPLY" >"$tmp/start"
		exec "$@"
	) >"$out.out" 2>"$out.err" || rc=$?
	now
	end=$REPLY
	elapsed=$((end - $(<"$tmp/start")))
}

# Each timed run lints all survivors in one process, JSON out, like a CI job.
# run_df VAR=VALUE...: dockerfix on the survivors, with that environment.
run_df() {
	timed "$tmp/df" "$@" -- "$df" --format json "${files[@]}"
	# 1: findings, 2: some files do not parse (test fixtures, templates).
	((rc <= 2)) || { echo "dockerfix exited $rc:" >&2; head "$tmp/df.err" >&2; exit 1; }
}
run_dfl() {
	timed "$tmp/dfl" -- "$dfl" -j "${files[@]}"
	tail -c 64 "$tmp/dfl.out" | grep -q '"totalIssues"' || {
		echo "dockerfilelint crashed on the survivors:" >&2
		head "$tmp/dfl.err" >&2
		exit 1
	}
}

median() { LC_ALL=C sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# Interleaved, so that load drifting on the machine hits both tools alike.
: >"$tmp/t.df"
: >"$tmp/t.df1"
: >"$tmp/t.dfl"
run_df GOMAXPROCS="$jobs"
run_dfl # warm the page cache and Node's compile cache
for ((i = 0; i < runs; i++)); do
	run_df GOMAXPROCS="$jobs"
	echo "$elapsed" >>"$tmp/t.df"
	run_df GOMAXPROCS=1
	echo "$elapsed" >>"$tmp/t.df1"
	run_dfl
	echo "$elapsed" >>"$tmp/t.dfl"
done
df_us=$(median <"$tmp/t.df")
df1_us=$(median <"$tmp/t.df1")
dfl_us=$(median <"$tmp/t.dfl")

echo
echo "lint $ok files, one process per tool, median of $runs runs:"
awk -v n="$ok" -v a="$df_us" -v a1="$df1_us" -v b="$dfl_us" -v j="$jobs" 'BEGIN {
	fa = n / (a / 1e6); fa1 = n / (a1 / 1e6); fb = n / (b / 1e6)
	printf "  dockerfix       %7.0f files/s  (%.1f ms, %d CPUs)\n", fa, a / 1000, j
	printf "  dockerfix       %7.0f files/s  (%.1f ms, GOMAXPROCS=1)\n", fa1, a1 / 1000
	printf "  dockerfilelint  %7.0f files/s  (%.1f ms, single-threaded)\n", fb, b / 1000
	printf "  ratio dockerfix / dockerfilelint: %.2fx (%.2fx on one CPU)\n", fa / fb, fa1 / fb
}'
echo "  dockerfilelint could not lint $bad of $total files"

# One small Dockerfile as a whole process: what a pre-commit hook pays.
cp "$root/bench/testdata/small.Dockerfile" "$tmp/Dockerfile"
# wall NAME RUNS CMD...: mean and fastest wall time of CMD as a whole
# process. Exit 1 (findings) is the expected outcome, so it is ignored.
wall() {
	local name=$1 n=$2 i t0 t1 d sum=0 min=
	shift 2
	if command -v hyperfine >/dev/null; then
		hyperfine -N -i --warmup 3 --runs "$n" --export-csv "$tmp/hf.csv" "$*" >/dev/null 2>&1
		awk -F, -v name="$name" -v n="$n" 'NR == 2 {printf "  %-15s %6.1f ms mean, %6.1f ms min (hyperfine, %d runs)\n", name, $2 * 1000, $7 * 1000, n}' "$tmp/hf.csv"
		return
	fi
	for ((i = 0; i < 3; i++)); do "$@" >/dev/null 2>&1 || true; done
	for ((i = 0; i < n; i++)); do
		now
		t0=$REPLY
		"$@" >/dev/null 2>&1 || true
		now
		t1=$REPLY
		d=$((t1 - t0))
		sum=$((sum + d))
		if [[ -z $min ]] || ((d < min)); then min=$d; fi
	done
	awk -v name="$name" -v s="$sum" -v n="$n" -v m="$min" 'BEGIN {printf "  %-15s %6.1f ms mean, %6.1f ms min (%d runs)\n", name, s / n / 1e3, m / 1e3, n}'
}
echo
echo "one small Dockerfile, whole process (what a pre-commit hook pays):"
wall dockerfix 50 "$df" "$tmp/Dockerfile"
wall dockerfilelint 10 "$dfl" "$tmp/Dockerfile"

# Optional hooks with more numbers.
if [[ -x bench/coverage.sh ]]; then
	echo
	bench/coverage.sh "$corpus" "$df"
fi
