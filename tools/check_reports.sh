#!/usr/bin/env bash
# Real-client checks of the reports (issue 5): LibreOffice, poppler, python-docx and odfpy judge
# what `tripwright report` writes. Run after `swift build --build-tests`; CI runs it from .ci/run.
# Usage: tools/check_reports.sh [OUT_DIR]   (pages rendered to OUT_DIR/png for a human to look at)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d /tmp/tripwright-reports.XXXXXX)}"
mkdir -p "$out"

for tool in soffice pdftotext pdfimages pdftoppm pdfinfo pdffonts unzip; do
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

echo "== a DOCX made alone (no PDF in the run) still caches the contents' pages -> $out/alone"
swift run --skip-build tripwright report --db "$db" kyushu-2025 --format docx --out "$out/alone"

echo "== the cover names a country by name, not its code (cases/finish-report/country-name-on-cover.yaml)"
swift run --skip-build tripwright import --db "$db" Tests/TripReportTests/Cases/country-name-on-cover.yaml
swift run --skip-build tripwright report --db "$db" iceland --format md --out "$out/iceland"
grep -q "派赴國家：冰島" "$out/iceland/iceland-出國報告.md" || { echo "FAIL the Iceland cover does not say 冰島"; exit 1; }

echo "== a character no font has (Ext-C 𪜶) is named before filing"
swift run --skip-build tripwright log note --db "$db" iceland visit "伊𪜶攏佇遮。" >/dev/null
warned="$(swift run --skip-build tripwright report --db "$db" iceland --format odt --out "$out/iceland")"
echo "$warned" | grep -q "U+2A736" || { echo "FAIL no warning for 𪜶: $warned"; exit 1; }

echo "== real clients"
python3 tools/report_clients.py "$out/sample" "$out/cli" "$out/alone"

mkdir -p "$out/png"
pdftoppm -png -r 60 -f 1 -l 6 "$out/sample/kyushu-2025-出國報告.pdf" "$out/png/trip"
pdftoppm -png -r 60 -f 1 -l 3 "$out/sample/usa-2026-專案報告.pdf" "$out/png/council"
echo "pages rendered for review: $out/png"
