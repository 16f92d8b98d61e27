#!/bin/sh
# Benchmarks the Gazetteer: load + resolving a 1,000-item plan, and suggestions for unknown names.
# Usage: tools/bench_gazetteer.sh [runs]   (from the package root; results go in docs/benchmarks.md)
# Builds only TripModel and Gazetteer (release, scratch folder .build-gaz) and links the benchmark
# against their objects, so no executable target is needed in Package.swift.
set -eu
runs=${1:-5}
scratch=.build-gaz
bin="$scratch/release"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build -c release --scratch-path "$scratch" --target Gazetteer >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
swiftc -O -swift-version 6 -module-cache-path "$out/cache" -I "$bin/Modules" \
    tools/bench_gazetteer.swift "$bin"/Gazetteer.build/*.o "$bin"/TripModel.build/*.o \
    -o "$out/bench_gazetteer"
uname -srm
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$runs" ]; do
    echo "run $i"
    "$out/bench_gazetteer" Sources/Gazetteer/Data
    i=$((i + 1))
done
