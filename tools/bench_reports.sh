#!/bin/sh
# Benchmarks the reports (docs/benchmarks.md, "Reports"): photo downscaling, DOCX against pandoc,
# peak memory of a 200-photo report. Usage: tools/bench_reports.sh [WORK_DIR]
# Builds TripReport in release (scratch folder .build-bench-report) and links the benchmark with
# the Kyushu test fixture against its objects, so no executable target is needed.
set -eu
work=${1:-/tmp/tripwright-bench}
scratch=.build-bench-report
bin="$scratch/release"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build -c release --scratch-path "$scratch" --target TripReport >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
objs=$(ls "$bin"/TripReport.build/*.o "$bin"/TripModel.build/*.o "$bin"/Mustache.build/*.o "$bin"/ZIPFoundation.build/*.o)
# Top-level code must sit in main.swift when several files are compiled together.
cp tools/bench_reports.swift "$out/main.swift"
swiftc -O -swift-version 6 -module-cache-path "$out/cache" -I "$bin/Modules" -I Sources/CVips \
    -I "$scratch/checkouts/ZIPFoundation/Sources/CZLib" \
    $(pkg-config --cflags-only-I vips | sed 's/-I/-Xcc -I/g') \
    "$out/main.swift" Tests/TripReportTests/Support/Kyushu.swift Tests/TripReportTests/Support/Fixture.swift \
    $objs $(pkg-config --libs vips) -lz -o "$out/bench_reports"
uname -srm
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); pandoc $(pandoc --version | head -1 | cut -d' ' -f2)"
for mode in ${BENCH_MODES:-downscale docx memory}; do
    "$out/bench_reports" "$mode" "$work" Templates
done
