#!/usr/bin/env bash
# Real-client checks of the reports (issue 5): LibreOffice, poppler, python-docx and odfpy judge
# what `tripwright report` writes. Run after `swift build --build-tests`; CI runs it from .ci/run.
# Usage: tools/check_reports.sh [OUT_DIR]   (pages rendered to OUT_DIR/png for a human to look at)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d /tmp/tripwright-reports.XXXXXX)}"
mkdir -p "$out"

for tool in soffice pdftotext pdfimages pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install libreoffice-writer-nogui poppler-utils"; exit 1; }
done
python3 -c 'import docx, odf' 2>/dev/null || pip install -q python-docx odfpy || apt-get install -y -qq python3-docx python3-odf

echo "== sample reports (Kyushu fixture with generated photos, USA council report) -> $out/sample"
TRIPWRIGHT_REPORT_SAMPLE="$out/sample" swift test --skip-build --filter writesSampleReportsForRealClients

echo "== tripwright report on the Kyushu seed, as a user runs it -> $out/cli"
db="$out/cli.sqlite"
rm -f "$db"
swift run --skip-build tripwright import --db "$db" seeds/kyushu-2025.yaml
swift run --skip-build tripwright report --db "$db" kyushu-2025 --format odt,docx,pdf,html,md --out "$out/cli"

echo "== real clients"
python3 tools/report_clients.py "$out/sample" "$out/cli"

mkdir -p "$out/png"
pdftoppm -png -r 60 -f 1 -l 6 "$out/sample/kyushu-2025-出國報告.pdf" "$out/png/trip"
pdftoppm -png -r 60 -f 1 -l 3 "$out/sample/usa-2026-專案報告.pdf" "$out/png/council"
echo "pages rendered for review: $out/png"
