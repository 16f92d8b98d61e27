// Benchmark for the Gazetteer: one-time load plus resolving the places of a 1,000-item plan.
// Built and run by tools/bench_gazetteer.sh (release build); prints one line per measure.
import Foundation
import Gazetteer

/// Wall-clock and CPU time (this process) at one moment, in nanoseconds. CPU time is shown too
/// because the machine is shared: other builds stretch wall time, much less CPU time.
struct Stamp {
    let wall = DispatchTime.now().uptimeNanoseconds
    let cpu: UInt64 = {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }()
}

/// Milliseconds since `start`: (wall, cpu).
func milliseconds(_ start: Stamp) -> (wall: Double, cpu: Double) {
    let now = Stamp()
    return (Double(now.wall - start.wall) / 1_000_000, Double(now.cpu - start.cpu) / 1_000_000)
}

func report(_ label: String, _ t: (wall: Double, cpu: Double), _ note: String = "") {
    let padded = label.padding(toLength: 34, withPad: " ", startingAt: 0)
    print(padded + String(format: "%8.2f ms wall %8.2f ms cpu", t.wall, t.cpu) + (note.isEmpty ? "" : "  " + note))
}

let arguments = CommandLine.arguments
let dataDirectory = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "Sources/Gazetteer/Data")

// What plans write: airport codes, CJK and Latin city names, some with a country.
let planPlaces: [(String, String?)] = [
    ("TPE", nil), ("FUK", nil), ("RJFF", nil), ("KMJ", nil), ("KMI", nil), ("BOS", nil), ("JFK", nil),
    ("NRT", nil), ("HND", nil), ("KIX", nil), ("ICN", nil), ("RMQ", nil), ("IAD", nil), ("SFO", nil),
    ("熊本", nil), ("宮崎", nil), ("福岡", nil), ("日南", nil), ("都城", nil), ("東京", nil), ("大阪", nil),
    ("首爾", nil), ("波士頓", nil), ("紐約", nil), ("華盛頓", nil), ("臺中市", nil), ("台中", nil), ("臺北", nil),
    ("Boston", nil), ("New York", nil), ("Washington", nil), ("Manchester", "US"), ("Fukuoka", nil),
    ("Kumamoto", "JP"), ("Miyazaki", "JP"), ("San Francisco", nil), ("Osaka", nil), ("Seoul", nil),
]

let loadStart = Stamp()
let gazetteer: Gazetteer
do {
    gazetteer = try Gazetteer(dataDirectory: dataDirectory)
} catch {
    print("cannot load: \(error)")
    exit(1)
}
let loadMs = milliseconds(loadStart)

let resolveStart = Stamp()
var resolved = 0
for i in 0..<1_000 {
    let (name, country) = planPlaces[i % planPlaces.count]
    if (try? gazetteer.resolve(name, country: country)) != nil { resolved += 1 }
}
let planMs = milliseconds(resolveStart)

// A harder case: 1,000 different city names (every 34th city's own name), each a fresh lookup.
let cityLines = ((try? String(contentsOf: dataDirectory.appendingPathComponent("cities.tsv"), encoding: .utf8)) ?? "")
    .split(separator: "\n").filter { !$0.hasPrefix("#") }
let distinctNames = stride(from: 0, to: cityLines.count, by: max(1, cityLines.count / 1_000)).prefix(1_000)
    .compactMap { cityLines[$0].split(separator: "\t", omittingEmptySubsequences: false).dropFirst().first.map(String.init) }
let cityStart = Stamp()
var distinct = 0
for name in distinctNames where gazetteer.city(named: name, country: nil) != nil { distinct += 1 }
let distinctMs = milliseconds(cityStart)

let firstMissStart = Stamp()
let firstSuggestions = gazetteer.suggestions(for: "Kumamotto", limit: 5)
let firstMissMs = milliseconds(firstMissStart)
let missStart = Stamp()
var misses = 0
for name in ["熊夲", "Fukuokka", "Bostn", "Manchestr", "Tokyoo", "宮琦", "Nwe York", "Osakka", "TPX", "Seoull"] {
    misses += gazetteer.suggestions(for: name, limit: 5).count
}
let missAll = milliseconds(missStart)
let missMs = (wall: missAll.wall / 10, cpu: missAll.cpu / 10)

report("load", loadMs)
report("resolve 1,000 plan places", planMs, "(\(resolved) resolved)")
report("load + 1,000 plan places", (loadMs.wall + planMs.wall, loadMs.cpu + planMs.cpu))
report("1,000 distinct city lookups", distinctMs, "(\(distinct) of \(distinctNames.count) found)")
report("first unknown name (builds index)", firstMissMs, "-> " + firstSuggestions.joined(separator: ", "))
report("each further unknown name", missMs)
