import Foundation
import Gazetteer
import TripChecks
import TripModel

// tripwright-bench: the checks of a synthetic year of an agency's travel, against the floor of
// reading the same rows from the same database, in one run (docs/benchmarks.md, "Checks").
//   tripwright-bench [delegations] [rounds]      (tools/bench_checks.sh builds it and the C floor)
// Three sizes: the base year, every trip twice as long (twice the items per delegation, what a
// quadratic pass would feel) and twice as many delegations. Each size is stored once in a SQLite
// file through the store's import (kept in BENCH_WORK, default /tmp/tripwright-bench), loaded as
// the commands load it, then timed in rounds that alternate the C floor (BENCH_FLOOR: the
// program tools/bench_checks_floor.c), the GRDB floor and the checks, size after size in each
// round.
// BENCH_CODES=1 also counts diagnostics by code, BENCH_RULES=1 times each rule alone,
// BENCH_DUMP=FILE writes every diagnostic of the base year (to compare two versions' results),
// BENCH_SIZES=base (or long, more, comma-separated) measures only those sizes (for profiling).

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let count = arguments.first ?? 300
let rounds = max(1, arguments.dropFirst().first ?? 7)
let environment = ProcessInfo.processInfo.environment
let work = URL(fileURLWithPath: environment["BENCH_WORK"] ?? "/tmp/tripwright-bench")
let floorProgram = environment["BENCH_FLOOR"].flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
let today = LocalDate(year: 2027, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
let checker = Checker(holidays: HolidayTable.shared)

/// Every delegation checked once; the number of diagnostics.
func checkAll(_ delegations: [Delegation]) -> Int {
    var total = 0
    for d in delegations { total += checker.check(d, today: today).diagnostics.count }
    return total
}

func format(_ x: Double) -> String { String(format: "%.3f", x) }

/// Best and median of some timings, `best / median`.
func summary(_ xs: [Double]) -> String { "\(format(xs.min() ?? 0)) / \(format(median(xs)))" }

/// The ratio of two sets of timings, best to best and median to median.
func ratio(_ a: [Double], _ b: [Double]) -> String {
    guard let x = a.min(), let y = b.min(), y > 0, median(b) > 0 else { return "–" }
    return String(format: "%.2f / %.2f", x / y, median(a) / median(b))
}

print(
    "\(ProcessInfo.processInfo.operatingSystemVersionString); cores: \(ProcessInfo.processInfo.activeProcessorCount); "
        + "load average before: \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?")"
)
if floorProgram == nil { print("BENCH_FLOOR is not set to the C floor program: the C floor is left out (tools/bench_checks.sh sets it)") }

/// One size's figures.
struct SizeResult {
    var name: String
    var delegations: Int
    var items = 0, rows = 0, diagnostics = 0
    var load = Stamp.Span(wall: 0, cpu: 0)
    var c: [Stamp.Span] = [], grdb: [Stamp.Span] = [], checks: [Stamp.Span] = []
}

let wanted = environment["BENCH_SIZES"].map { Set($0.split(separator: ",").map(String.init)) }
let sizes = [("base", "base", count, 11), ("long", "trips twice as long", count, 22), ("more", "twice the delegations", count * 2, 11)]
    .filter { wanted?.contains($0.0) ?? true }
var results: [SizeResult] = []
var loaded: [(path: String, delegations: [Delegation])] = []
for (_, name, n, days) in sizes {
    let db: YearDatabase
    var result = SizeResult(name: name, delegations: n)
    do {
        let year = SyntheticYear(count: n, days: days, perDay: 9)
        result.items = year.itemCount
        db = try YearDatabase.open(year, named: "\(n)x\(days)", in: work)
    }
    let loading = Stamp()
    let delegations = try db.delegations()
    result.load = loading.span()
    // Warm up: the holiday table, the zone data, the file in the page cache.
    result.diagnostics = checkAll(Array(delegations.prefix(10)))
    result.rows = try FloorRead.grdb(db.path).rows
    results.append(result)
    loaded.append((db.path, delegations))
}
// Rounds go through every size in turn, so a change in the machine's load falls on all sizes
// alike and the ratios between sizes stay fair.
for _ in 0..<rounds {
    for k in loaded.indices {
        if let floorProgram { results[k].c.append(try FloorRead.c(floorProgram, loaded[k].path).time) }
        results[k].grdb.append(try FloorRead.grdb(loaded[k].path).time)
        let checking = Stamp()
        results[k].diagnostics = checkAll(loaded[k].delegations)
        results[k].checks.append(checking.span())
    }
}

if let base = loaded.first, sizes.first?.0 == "base" {
    let delegations = base.delegations
    if let dump = environment["BENCH_DUMP"] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines: [String] = []
        for d in delegations {
            for x in checker.check(d, today: today).diagnostics {
                lines.append(d.id + "\t" + String(decoding: try encoder.encode(x), as: UTF8.self))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        print("wrote \(lines.count) diagnostics of the base year to \(dump)")
    }
    if environment["BENCH_CODES"] != nil {
        var codes: [String: Int] = [:]
        for d in delegations { for x in checker.check(d, today: today).diagnostics { codes[x.code.rawValue, default: 0] += 1 } }
        print(codes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
    if environment["BENCH_RULES"] != nil {
        // Each rule alone, every other rule turned off.
        let groups = ["overlap", "travel-time", "continuity", "bounds", "lodging", "closed-day", "roster", "report", "date-only", "places"]
        for group in groups {
            var alone = delegations
            for i in alone.indices { alone[i].checks.disabled = groups.filter { $0 != group } + ["buffer"] }
            let s = Stamp()
            _ = checkAll(alone)
            print("rule \(group): \(format(s.span().cpu)) s cpu")
        }
    }
}

print("")
print("Seconds, best / median of \(rounds) alternating rounds; wall clock, then CPU time of the reading or checking process.")
print(
    "| size | delegations | items | rows read | diagnostics | load (GRDB records → delegations) | C floor | GRDB floor | checks | checks ÷ C floor | checks ÷ GRDB floor |"
)
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in results {
    for (clock, pick) in [("wall", \Stamp.Span.wall), ("cpu", \Stamp.Span.cpu)] {
        let c = r.c.map { $0[keyPath: pick] }
        let g = r.grdb.map { $0[keyPath: pick] }
        let k = r.checks.map { $0[keyPath: pick] }
        print(
            "| \(r.name) (\(clock)) | \(r.delegations) | \(r.items) | \(r.rows) | \(r.diagnostics) | \(format(r.load[keyPath: pick])) | "
                + "\(c.isEmpty ? "–" : summary(c)) | \(summary(g)) | \(summary(k)) | \(c.isEmpty ? "–" : ratio(k, c)) | \(ratio(k, g)) |"
        )
    }
}
if let base = results.first {
    print("")
    print(
        "Per doubling (checks of the larger size ÷ checks of the base, best / median): "
            + results.dropFirst().map { r in
                "\(r.name): wall \(ratio(r.checks.map(\.wall), base.checks.map(\.wall))), cpu \(ratio(r.checks.map(\.cpu), base.checks.map(\.cpu)))"
                    + (r.c.isEmpty ? "" : " (C floor: cpu \(ratio(r.c.map(\.cpu), base.c.map(\.cpu))))")
            }.joined(separator: "; ")
    )
}
print(
    "load average after: \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?")"
)
