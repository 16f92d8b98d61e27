#!/usr/bin/env bash
# Formats (`tools/format.sh`) or lints (`tools/format.sh --lint`) every Swift file of the package with
# swift-format (shipped with the Swift toolchain) and the checked-in `.swift-format`, whose settings
# are Hummingbird's (line length 150). `.ci/run` runs the lint; a warning fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
format=${SWIFT_FORMAT:-swift-format}
if ! command -v "$format" >/dev/null; then
  echo "swift-format not found: it ships with Swift 5.8 and later (or set SWIFT_FORMAT)" >&2
  exit 2
fi
targets=(Package.swift Sources Tests)
if [ "${1:-}" = "--lint" ]; then
  "$format" lint --strict --recursive --parallel "${targets[@]}"
else
  "$format" format --in-place --recursive --parallel "${targets[@]}"
fi
