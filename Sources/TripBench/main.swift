import Foundation
import Gazetteer
import TripChecks
import TripModel

// tripwright-bench: times the checks over a synthetic year of an agency's travel.
//   swift run -c release --scratch-path .build-checks tripwright-bench [delegations] [runs]
// Prints one line per size: the base year, then the same year with every trip twice as long
// (twice the items per delegation, which is what a quadratic pass would feel), then twice as
// many delegations.

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let count = arguments.first ?? 300
let runs = arguments.dropFirst().first ?? 5
let today = LocalDate(year: 2027, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
let checker = Checker(holidays: HolidayTable.shared)

/// CPU seconds used by this process so far (the machine is shared: wall time is noisy).
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Best wall-clock and CPU seconds over `runs` passes of checking every delegation.
func time(_ year: SyntheticYear) -> (wall: Double, cpu: Double, diagnostics: Int) {
    var best = Double.infinity, bestCPU = Double.infinity
    var found = 0
    for _ in 0..<max(1, runs) {
        let clock = ContinuousClock()
        var total = 0
        let cpu0 = cpuSeconds()
        let elapsed = clock.measure {
            for d in year.delegations { total += checker.check(d, today: today).diagnostics.count }
        }
        bestCPU = min(bestCPU, cpuSeconds() - cpu0)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = min(best, seconds)
        found = total
    }
    return (best, bestCPU, found)
}

if ProcessInfo.processInfo.environment["BENCH_RULES"] != nil {
    // Time each rule alone by turning every other rule off.
    let groups = ["overlap", "travel-time", "continuity", "bounds", "lodging", "closed-day", "roster", "report", "date-only"]
    let year = SyntheticYear(count: count, days: 11, perDay: 9)
    for group in groups {
        var alone = year.delegations
        for i in alone.indices { alone[i].checks.disabled = groups.filter { $0 != group } + ["buffer"] }
        let clock = ContinuousClock()
        let elapsed = clock.measure { for d in alone { _ = checker.check(d, today: today) } }
        print(group, elapsed)
    }
}

let sizes: [(String, SyntheticYear)] = [
    ("base", SyntheticYear(count: count, days: 11, perDay: 9)),
    ("trips twice as long", SyntheticYear(count: count, days: 22, perDay: 9)),
    ("twice the delegations", SyntheticYear(count: count * 2, days: 11, perDay: 9)),
]
// Warm up: load the holiday table and the zone data once before timing.
if let first = sizes.first?.1.delegations.first { _ = checker.check(first, today: today) }
var baseCPU = 0.0
print("size                   delegations   items  diagnostics   wall s    cpu s   cpu ratio")
for (name, year) in sizes {
    let (wall, cpu, diagnostics) = time(year)
    if baseCPU == 0 { baseCPU = cpu }
    let label = name.padding(toLength: 22, withPad: " ", startingAt: 0)
    print("\(label) \(year.delegations.count)  \(year.itemCount)  \(diagnostics)  "
          + String(format: "%.3f    %.3f   x%.2f", wall, cpu, cpu / baseCPU))
}

if ProcessInfo.processInfo.environment["BENCH_CODES"] != nil, let year = sizes.first?.1 {
    var codes: [String: Int] = [:]
    for d in year.delegations { for x in checker.check(d, today: today).diagnostics { codes[x.code.rawValue, default: 0] += 1 } }
    print(codes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
}
