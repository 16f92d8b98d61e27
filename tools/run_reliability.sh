#!/usr/bin/env bash
# The reliability tests of docs/reliability.md, after `./dev test` has built everything: the kill
# test (import, log note, log photo and the web upload killed 20 times each while they work) and
# a real full disk (a small tmpfs; skipped where mounting is not allowed).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)"

pip_install() {
  python3 -m pip install --quiet "$@" 2>/dev/null || python3 -m pip install --quiet --break-system-packages "$@"
}

pip_install pillow pytest
status=0
TRIPWRIGHT_BIN="$bin/tripwright" python3 -m pytest -q -s tests/kill || status=$?
if [ "$status" -eq 5 ]; then echo "kill test: no tests ran"; exit 1; fi
if [ "$status" -ne 0 ]; then echo "kill test failed ($status)"; exit "$status"; fi

status=0
TRIPWRIGHT_BIN="$bin/tripwright" python3 -m pytest -q tests/environment || status=$?
# 5: no test ran, when mounting a tmpfs is not allowed here (the test skips itself).
if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then echo "environment tests failed ($status)"; exit "$status"; fi
