#!/usr/bin/env bash
# Installs the Debian packages a part of Tripwright needs, when they are missing.
# Usage: tools/deps.sh GROUP...   GROUP: build (compile and run), reports (PDF and the real-client
# checks), browser (the Chromium tests), bench (the benchmarks' tools), all.
# As root it runs apt-get; with password-less sudo it uses sudo; otherwise it prints the exact
# command to run and exits 1.
set -euo pipefail

# libfontconfig-dev: reports ask fontconfig which faces are installed and which characters they cover.
build=(pkg-config libsqlite3-dev libvips-dev libfontconfig-dev)
reports=(libreoffice-writer-nogui fonts-arphic-ukai fonts-noto-cjk fonts-liberation poppler-utils)
browser=(chromium chromium-driver)
# The CLI tests edit a database as an older version could have left it (raw text in titles).
tests=(sqlite3)
# docs/benchmarks.md: hyperfine for command start, pandoc as the DOCX anchor, valgrind to count
# instructions, LibreOffice and poppler for the PDF, wrk for the web pages.
bench=(hyperfine pandoc valgrind sqlite3 wrk "${reports[@]}")

wanted=()
for group in "$@"; do
  case "$group" in
    build) wanted+=("${build[@]}") ;;
    reports) wanted+=("${reports[@]}") ;;
    browser) wanted+=("${browser[@]}") ;;
    bench) wanted+=("${bench[@]}") ;;
    all) wanted+=("${build[@]}" "${reports[@]}" "${browser[@]}" "${tests[@]}") ;;
    *) echo "tools/deps.sh: unknown group '$group' (build, reports, browser, bench, all)" >&2; exit 2 ;;
  esac
done

if ! command -v swift >/dev/null 2>&1; then
  echo "Swift is not on PATH: install Swift 6.3 from swift.org first (Tripwright needs 6.1 or later)." >&2
  exit 1
fi
if ! command -v dpkg >/dev/null 2>&1; then
  echo "This is not a Debian-based system; install the equivalents of: ${wanted[*]}" >&2
  exit 0
fi

missing=()
for p in "${wanted[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command_text="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  runner=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  runner=(sudo)
else
  echo "Tripwright needs these Debian packages: ${missing[*]}" >&2
  echo "Install them as root, then run the same command again:" >&2
  echo "  sudo sh -c '$command_text'" >&2
  exit 1
fi
echo "Installing ${missing[*]} (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
"${runner[@]}" apt-get update -qq
"${runner[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
