#!/usr/bin/env bash
# Web app speed on loopback with wrk (docs/benchmarks.md, "Web"), every figure beside its anchor
# in the same run: Hummingbird's bare route (tripwright-web-anchor's /healthz) against the app's
# /healthz (three alternating pairs, at the start and at the end); the front page, the schedule
# and an event page on a fresh database, with 300 delegations, after logging (BENCH_NOTES notes,
# default 5,000) and with BENCH_MANY delegations (default 60,000), each step added in one
# transaction by tools/bench_web_data.py while the server runs; adding a note (POST with a CSRF
# token, local mode).
# Usage: tools/bench_web.sh [seconds per run, default 10]   (BENCH_NOTES, BENCH_MANY as above,
#        BENCH_BIN below)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
notes="${BENCH_NOTES:-5000}"
many="${BENCH_MANY:-60000}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

# Built as ./dev build builds the program (release, static Swift standard library), in a folder
# of its own so it does not wait for a debug build; BENCH_BIN=FOLDER uses the programs there
# instead (a smoke run of this script with a debug build: its figures mean nothing).
if [ -n "${BENCH_BIN:-}" ]; then
  bin="$BENCH_BIN"
else
  flags=(-c release --static-swift-stdlib --scratch-path .build-web)
  for product in tripwright tripwright-web-anchor; do
    swift build "${flags[@]}" --product "$product" 2>&1 | grep -E "error|Build" || true
  done
  bin="$(swift build "${flags[@]}" --show-bin-path)"
fi

work="$(mktemp -d)"
server="" anchor=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  [ -n "$anchor" ] && kill "$anchor" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -fs "$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "no answer from $1"; exit 1; }

db="$work/bench.sqlite"
"$bin/tripwright" import seeds/kyushu-2025.yaml --db "$db" >/dev/null
port="$(free_port)"
"$bin/tripwright" serve --db "$db" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
anchor_port="$(free_port)"
"$bin/tripwright-web-anchor" "$anchor_port" >"$work/anchor.log" 2>&1 &
anchor=$!
bare="http://127.0.0.1:$anchor_port"
wait_up "$base"
wait_up "$bare"

# A CSRF token and its cookie, as a browser gets them from the event page.
page="$(curl -fs -c "$work/cookies" "$base/d/kyushu-2025/e/fgn")"
export BENCH_CSRF="$(printf '%s' "$page" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//')"
export BENCH_COOKIE="tw_csrf=$(awk '$6=="tw_csrf"{print $7}' "$work/cookies")"
cat >"$work/note.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.body = "csrf=" .. os.getenv("BENCH_CSRF") .. "&text=%E6%9C%83%E8%AB%87%E7%B4%80%E8%A6%81+benchmark+note"
LUA
# One request by hand first: it must be accepted (303), or the figures would measure refusals.
status="$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "csrf=$BENCH_CSRF&text=check" "$base/d/kyushu-2025/e/yanagibashi/notes")"
[ "$status" = "303" ] || { echo "note POST answered $status, not 303"; exit 1; }

declare -A rps
run() { # name, then wrk arguments
  local name="$1"; shift
  local out; out="$(wrk -t2 -c16 -d"${secs}s" --timeout 10s --latency "$@")"
  local r p50 p99 errors
  r="$(printf '%s\n' "$out" | awk '/Requests\/sec/{print $2}')"
  p50="$(printf '%s\n' "$out" | awk '$1=="50%"{print $2}')"
  p99="$(printf '%s\n' "$out" | awk '$1=="99%"{print $2}')"
  errors="$(printf '%s\n' "$out" | awk '/Non-2xx|Socket errors/{print}' | tr '\n' ' ')"
  printf '%-26s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$r" "$p50" "$p99" "$errors"
  rps[$name]="$r"
}
ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.3f}' if b else '-')" "${rps[$1]}" "${rps[$2]}"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "wrk -t2 -c16 -d${secs}s --timeout 10s on 127.0.0.1 ($(nproc) cores); load average before: $(load)"
# The bare route and the app's /healthz in three alternating pairs: at tens of thousands of
# requests a second on two cores, a moment of load moves one run by a third, so each pair gives a
# ratio and the median of the three is the figure.
healthz_pairs() { # suffix
  for i in 1 2 3; do
    run "bare-healthz$1-$i" "$bare/healthz"
    run "healthz$1-$i" "$base/healthz"
  done
}
healthz_pairs ""
run front-1 "$base/"
run schedule-fresh "$base/d/kyushu-2025/schedule"
run event-fresh "$base/d/kyushu-2025/e/fgn"

# 300 whole copies of the seed first, so they do not copy the benchmark's notes too.
python3 tools/bench_web_data.py "$db" delegations 300 --whole
run front-300 "$base/"
run schedule-300 "$base/d/kyushu-2025/schedule"
# Notes go to another event than the one whose page is measured: that page shows its own notes
# (50 a page), and must not grow with notes logged elsewhere.
run note-post -s "$work/note.lua" "$base/d/kyushu-2025/e/yanagibashi/notes"

python3 tools/bench_web_data.py "$db" notes "$notes"
run schedule-logged "$base/d/kyushu-2025/schedule"
run event-logged "$base/d/kyushu-2025/e/fgn"

python3 tools/bench_web_data.py "$db" delegations "$many"
run "front-$many" "$base/"
run "schedule-$many" "$base/d/kyushu-2025/schedule"
run "event-$many" "$base/d/kyushu-2025/e/fgn"
healthz_pairs "-again"

echo "load average after: $(load)"
pairs() { # suffix: the three ratios and their median
  python3 -c "import sys, statistics; r = [float(a) / float(b) for a, b in zip(sys.argv[1:4], sys.argv[4:7])]; print(' '.join(f'{x:.3f}' for x in r), f'(median {statistics.median(r):.3f})')" \
    "${rps[healthz$1-1]}" "${rps[healthz$1-2]}" "${rps[healthz$1-3]}" "${rps[bare-healthz$1-1]}" "${rps[bare-healthz$1-2]}" "${rps[bare-healthz$1-3]}"
}
echo "healthz / bare route, alternating pairs: $(pairs ""); at the end: $(pairs "-again")"
echo "front page, 300 / 1 delegation: $(ratio front-300 front-1); $many / 300: $(ratio "front-$many" front-300)"
echo "schedule, after logging / fresh: $(ratio schedule-logged schedule-fresh); with $many delegations / fresh: $(ratio "schedule-$many" schedule-fresh)"
echo "event, after logging / fresh: $(ratio event-logged event-fresh); with $many delegations / fresh: $(ratio "event-$many" event-fresh)"
