#!/bin/sh
# Benchmarks the Gazetteer: load + resolving a 1,000-item plan, and suggestions for unknown names.
# Usage: tools/bench_gazetteer.sh [runs]   (from the package root; results go in docs/benchmarks.md)
# Builds only TripModel and Gazetteer (release, scratch folder .build-gaz) and links the benchmark
# against their objects, so no executable target is needed in Package.swift.
set -eu
runs=${1:-5}
scratch=.build-gaz
swift build -c release --scratch-path "$scratch" --target Gazetteer >/dev/null
bin="$scratch/release"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -O -swift-version 6 -module-cache-path "$out/cache" -I "$bin/Modules" \
    tools/bench_gazetteer.swift "$bin"/Gazetteer.build/*.o "$bin"/TripModel.build/*.o \
    -o "$out/bench_gazetteer"
uname -srm
i=1
while [ "$i" -le "$runs" ]; do
    echo "run $i"
    "$out/bench_gazetteer" Sources/Gazetteer/Data
    i=$((i + 1))
done
