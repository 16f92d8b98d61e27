#!/bin/sh
# Benchmarks the reports (docs/benchmarks.md, "Reports"): photo downscaling, DOCX against pandoc,
# the five-format report with its PDF, peak memory of a 200-photo report.
# Usage: tools/bench_reports.sh [WORK_DIR]; BENCH_MODES="docx pdf" picks modes
# (downscale docx pdf memory; default all four).
# Builds the tripwright-report-bench target in release (the default .build folder, with the static
# Swift standard library as the README builds the program); needs pandoc and LibreOffice.
# For the phone-like downscaling set it fetches two Debian wallpaper packages whose photographs
# are larger than 12 megapixels (apt-get download, no root needed) into WORK_DIR/wallpapers; when
# that is not possible only the synthetic set is measured.
set -eu
work=${1:-/tmp/tripwright-bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product tripwright-report-bench >"$log" 2>&1 || { cat "$log"; exit 1; }
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
# Two camera photographs (not renders) of more than 12 megapixels: 6028×3391 and 4224×3168.
photos="$work/real-photos"
if [ ! -f "$photos/Kleiber_by_Lukas_Baubkus.jpg" ] || [ ! -f "$photos/Dragonfly_by_Bolly.jpg" ]; then
    mkdir -p "$photos"
    (cd "$work" && apt-get download lomiri-wallpapers-16.04 lomiri-wallpapers-20.04 >/dev/null 2>&1 &&
        for deb in lomiri-wallpapers-*.deb; do dpkg-deb -x "$deb" wallpapers; done &&
        cp wallpapers/usr/share/backgrounds/Kleiber_by_Lukas_Baubkus.jpg \
           wallpapers/usr/share/backgrounds/Dragonfly_by_Bolly.jpg "$photos/") ||
        { echo "could not fetch the wallpaper packages; the phone-like set is skipped"; photos=""; }
fi
uname -srm
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); libvips $(pkg-config --modversion vips); pandoc $(pandoc --version | head -1 | cut -d' ' -f2)"
for mode in ${BENCH_MODES:-downscale docx pdf memory}; do
    echo "load average before $mode: $(cut -d' ' -f1-3 /proc/loadavg)"
    "$bin/tripwright-report-bench" "$mode" "$work" Templates $photos
done
