#!/bin/sh
# Benchmarks the checks of a synthetic year against the floor of reading the same rows from the
# same database (docs/benchmarks.md, "Checks"). Usage: tools/bench_checks.sh [DELEGATIONS] [ROUNDS]
# Builds tripwright-bench in release (the default .build folder, with the static Swift standard
# library as the README builds the program) and tools/bench_checks_floor.c with the system's C
# compiler against libsqlite3 (Debian libsqlite3-dev); the years are stored once in
# $BENCH_WORK (default /tmp/tripwright-bench) and kept.
set -eu
cd "$(dirname "$0")/.."
log=$(mktemp)
floor=$(mktemp)
trap 'rm -f "$log" "$floor"' EXIT
swift build -c release --static-swift-stdlib --product tripwright-bench >"$log" 2>&1 || { cat "$log"; exit 1; }
cc -O2 -o "$floor" tools/bench_checks_floor.c -lsqlite3
BENCH_FLOOR="$floor" "$(swift build -c release --static-swift-stdlib --show-bin-path)/tripwright-bench" "${1:-300}" "${2:-7}"
