#!/bin/sh
# Benchmarks command start (docs/benchmarks.md, "Command start"): `tripwright schedule` and
# `tripwright list` on the Kyushu seed against `sqlite3 DB 'select count(*) from event'` and
# the program alone (an unknown command), with hyperfine, in rounds that go through every
# command in turn so that a change in the machine's load falls on all of them alike.
# Usage: tools/bench_start.sh [ROUNDS] [RUNS_PER_ROUND]   (default 5 rounds of 10 runs)
# Builds the program as the README does (release, static Swift standard library); needs
# hyperfine and sqlite3 (apt-get install hyperfine sqlite3). BENCH_BIN=path measures another
# build of tripwright instead (an older one, for a before/after in the same run: BENCH_ANCHOR=path
# adds it beside). BENCH_CALLGRIND=1 also counts instructions with valgrind (repeatable under load).
set -eu
rounds=${1:-5}
runs=${2:-10}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${BENCH_BIN:-}" ]; then
    swift build -c release --static-swift-stdlib --product tripwright >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
    BENCH_BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/tripwright"
fi
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
db="$work/kyushu.sqlite"
"$BENCH_BIN" import seeds/kyushu-2025.yaml --db "$db" >/dev/null
uname -srm
echo "cores: $(nproc); $(ldd "$BENCH_BIN" | wc -l) shared libraries linked; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set -- "sqlite3 $db 'select count(*) from event'" "$BENCH_BIN schedule kyushu-2025 --db $db" "$BENCH_BIN list --db $db" "$BENCH_BIN nosuch"
if [ -n "${BENCH_ANCHOR:-}" ]; then
    set -- "$@" "$BENCH_ANCHOR schedule kyushu-2025 --db $db" "$BENCH_ANCHOR list --db $db"
fi
i=1
while [ "$i" -le "$rounds" ]; do
    hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$work/round-$i.json" "$@" >/dev/null 2>&1
    i=$((i + 1))
done
python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
times = {}
for i in range(1, rounds + 1):
    for r in json.load(open(f"{work}/round-{i}.json"))["results"]:
        times.setdefault(r["command"], []).append(r["times"])
print("| command | median ms (all runs) | round medians ms | min ms |")
print("|---|---:|---|---:|")
for command, rs in times.items():
    every = [t for round_ in rs for t in round_]
    name = command.replace(work, "$TMP")
    print(f"| `{name}` | {statistics.median(every) * 1000:.1f} | "
          + " ".join(f"{statistics.median(x) * 1000:.1f}" for x in rs) + f" | {min(every) * 1000:.1f} |")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${BENCH_CALLGRIND:-}" ]; then
    # valgrind 3.19 cannot read the DWARF 5 of Swift 6 binaries: count on a copy without it.
    objcopy --strip-debug "$BENCH_BIN" "$work/tripwright"
    cp -r "$(dirname "$BENCH_BIN")"/*.resources "$work/" 2>/dev/null || true
    for command in "schedule kyushu-2025" "list"; do
        valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$work/tripwright" $command --db "$db" 2>&1 >/dev/null |
            sed -n "s/.*refs: *\(.*\)/instructions, tripwright $command: \1/p"
    done
fi
