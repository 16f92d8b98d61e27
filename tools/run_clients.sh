#!/usr/bin/env bash
# The real-client tests, after `make test` has built everything: Chromium (Selenium) drives the web
# app, Python's icalendar parses our calendars, LibreOffice/poppler/python-docx/odfpy/markdown-it-py
# judge reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)"

pip_install() {
  python3 -m pip install --quiet "$@" 2>/dev/null || python3 -m pip install --quiet --break-system-packages "$@"
}

run_pytest() {
  local label=$1; shift
  local status=0
  python3 -m pytest -q "$@" || status=$?
  if [ "$status" -eq 5 ]; then echo "$label: no tests ran"; exit 1; fi
  if [ "$status" -ne 0 ]; then echo "$label failed ($status)"; exit "$status"; fi
}

# Browser tests: Debian's Chromium driven by Selenium against `tripwright serve --auth`.
pip_install selenium pytest
TRIPWRIGHT_BIN="$bin/tripwright" run_pytest "browser tests" tests/browser

# Calendars parsed by Python's icalendar package, and reports made from hostile stored text
# opened by python-docx, odfpy and markdown-it-py.
pip_install icalendar pytest python-docx odfpy markdown-it-py
TRIPWRIGHT="$bin/tripwright" run_pytest "client tests" tests/clients

# Reports judged by LibreOffice, poppler, python-docx and odfpy.
tools/check_reports.sh
