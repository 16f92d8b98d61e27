#!/usr/bin/env bash
# Web app speed on loopback with wrk (docs/benchmarks.md, "Web"): Hummingbird's bare route
# (/healthz), the Kyushu schedule page, and adding a note (POST with a CSRF token, local mode).
# Usage: tools/bench_web.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

swift build -c release --scratch-path .build-web --product tripwright 2>&1 | grep -E "error|Compiling tripwright|Build" || true
bin="$(swift build -c release --scratch-path .build-web --show-bin-path)/tripwright"

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

db="$work/bench.sqlite"
"$bin" import seeds/kyushu-2025.yaml --db "$db" >/dev/null
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$bin" serve --db "$db" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

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
  --data "csrf=$BENCH_CSRF&text=check" "$base/d/kyushu-2025/e/fgn/notes")"
[ "$status" = "303" ] || { echo "note POST answered $status, not 303"; exit 1; }

run() { # name, then wrk arguments
  local name="$1"; shift
  local out; out="$(wrk -t2 -c16 -d"${secs}s" --latency "$@")"
  local rps p50 p99 errors
  rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/{print $2}')"
  p50="$(printf '%s\n' "$out" | awk '$1=="50%"{print $2}')"
  p99="$(printf '%s\n' "$out" | awk '$1=="99%"{print $2}')"
  errors="$(printf '%s\n' "$out" | awk '/Non-2xx|Socket errors/{print}' | tr '\n' ' ')"
  printf '%-22s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
  eval "rps_${name//[^a-z]/_}=$rps"
}

echo "wrk -t2 -c16 -d${secs}s on 127.0.0.1 ($(nproc) cores)"
run hello "$base/healthz"
run schedule "$base/d/kyushu-2025/schedule"
run note -s "$work/note.lua" "$base/d/kyushu-2025/e/fgn/notes"
python3 - "$rps_hello" "$rps_schedule" "$rps_note" <<'PY'
import sys
hello, schedule, note = map(float, sys.argv[1:])
print(f"ratio to hello: schedule {schedule / hello:.3f}, note {note / hello:.3f}")
PY
