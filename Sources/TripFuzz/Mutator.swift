import Foundation

/// Mutates plan files the way people and attackers get them wrong: lines dropped, repeated,
/// swapped or shifted; values replaced by hostile ones (0, nan, 25:00, escapes, aliases, a
/// value from elsewhere in the plans); keys misspelt; bytes flipped; files cut short.
struct Mutator {
    /// Values every field is tried with.
    static let hostile: [String] = [
        "", "0", "-1", "1", "0.5", "1e300", "-1e300", "1e400", "nan", ".nan", "inf", ".inf", "-.inf", "99999999999999999999",
        "25:00", "24:00", "23:59", "00:00", "12:60", "\"01:30\"", "\"01:30 -05:00\"", "\"02:30\"", "\"10:00 +14:00\"",
        "2025-02-30", "0001-01-01", "9999-12-31", "1911-12-31", "2199-12-31", "2026-11-01 01:30", "2026-03-08 02:30",
        "\"\\e[31m紅\"", "\"a\\nb\"", "\"\\u202Egnp.exe\"", "\"\\0\"", "\"\\t\"", "\"\\u2028\"", "[]", "{}", "[a, a]", "~",
        "null", "*x", "&x y", "|", ">", "\"", "'", "[", "{", "- a", "a: b", "? a", "!!binary aGk=", "%x", "@x", "`x`",
        "/etc/passwd", "../../etc/hostname", "meeting.png", ".", "javascript:alert(1)", "https://example.com/a b",
        "closed-days", "overlapp", "lodging", "closed-day", "讀", "臺中市", "Boston", "TPE", "FUK", "XXX", "Asia/Tokyo",
        "Mars/Olympus", "考察", "拜會", "flight", "planning", "leader", "JP", "日本", "zz", "zh-Hant", "中文",
        "上午", "深夜", "2026-05-19 下午", "+886-2-1234-5678", "call me", "government", "venue", "[weekend, mon]", "MA",
        String(repeating: "長", count: 5_000), String(repeating: "[", count: 40), "&a [1, 2]", "*a",
    ]

    /// Keys of the format, for misspellings and moved keys.
    static let keys = [
        "tripwright", "id", "title", "category", "agency", "home", "start", "end", "countries", "status",
        "contact", "report_date", "keywords", "purpose", "summary", "reflections", "suggestions", "council",
        "checks", "members", "places", "events", "legs", "stays", "press", "off", "settings", "acknowledge",
        "code", "item", "reason", "unit", "name", "role", "rank", "email", "kind", "date", "place", "tz",
        "host", "counterparts", "participants", "themes", "notes", "photos", "outcomes", "follow_ups",
        "text", "author", "at", "file", "caption", "taken", "task", "owner", "due", "mode", "carrier",
        "number", "from", "to", "depart", "arrive", "booking", "remark", "check_in", "check_out",
        "outlet", "headline", "url", "image", "language", "event", "lat", "lon", "airport", "city",
        "plan_name", "subjects", "headcount", "companions", "host_type", "liaison", "phone", "area",
        "type", "region", "open", "closed", "depart_by",
    ]

    /// Values found in the seeds, for crossing one plan's value into another's field.
    let pool: [String]
    var rng: SplitMix

    init(seeds: [String], rng: SplitMix) {
        self.rng = rng
        var values: [String] = []
        for seed in seeds {
            for line in seed.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty, value.count < 200 { values.append(value) }
            }
        }
        pool = values
    }

    /// One to four mutations of `text`, as bytes (some mutations are not text).
    mutating func mutate(_ text: String) -> [UInt8] {
        var lines = text.components(separatedBy: "\n")
        var bytesMutation = false
        // Mostly one mistake at a time, so that many inputs still read and reach the checks.
        let count = [1, 1, 1, 2, 2, 3, 4].randomElement(using: &rng) ?? 1
        for _ in 0..<count {
            switch Int.random(in: 0..<100, using: &rng) {
            case 0..<40: replaceValue(&lines)
            case 40..<48: deleteLine(&lines)
            case 48..<54: duplicateLine(&lines)
            case 54..<60: swapLines(&lines)
            case 60..<66: shift(&lines)
            case 66..<74: renameKey(&lines)
            case 74..<80: addSetting(&lines)
            case 80..<86: spliceBlock(&lines)
            default: bytesMutation = true
            }
        }
        var bytes = Array(lines.joined(separator: "\n").utf8)
        if bytesMutation { mutateBytes(&bytes) }
        return bytes
    }

    private mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &rng)]
    }

    private mutating func valueLines(_ lines: [String]) -> [Int] {
        lines.indices.filter { lines[$0].contains(": ") }
    }

    private mutating func replaceValue(_ lines: inout [String]) {
        guard let i = pick(valueLines(lines)), let colon = lines[i].range(of: ": ") else { return }
        let value = Bool.random(using: &rng) ? (pick(pool) ?? "") : (pick(Self.hostile) ?? "")
        lines[i] = String(lines[i][..<colon.upperBound]) + value
    }

    private mutating func deleteLine(_ lines: inout [String]) {
        guard !lines.isEmpty else { return }
        lines.remove(at: Int.random(in: 0..<lines.count, using: &rng))
    }

    private mutating func duplicateLine(_ lines: inout [String]) {
        guard let i = pick(Array(lines.indices)) else { return }
        lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &rng))
    }

    private mutating func swapLines(_ lines: inout [String]) {
        guard lines.count > 1 else { return }
        let i = Int.random(in: 0..<lines.count, using: &rng)
        let j = Int.random(in: 0..<lines.count, using: &rng)
        lines.swapAt(i, j)
    }

    private mutating func shift(_ lines: inout [String]) {
        guard let i = pick(Array(lines.indices)) else { return }
        if Bool.random(using: &rng) { lines[i] = " " + lines[i] } else if lines[i].hasPrefix(" ") { lines[i].removeFirst() }
    }

    private mutating func renameKey(_ lines: inout [String]) {
        guard let i = pick(valueLines(lines)), let colon = lines[i].range(of: ": "), let key = pick(Self.keys) else { return }
        let indent = lines[i].prefix { $0 == " " || $0 == "-" }
        var name = key
        if Bool.random(using: &rng), !name.isEmpty { name.insert(name.last ?? "x", at: name.endIndex) }
        lines[i] = indent + name + lines[i][colon.lowerBound...]
    }

    /// Adds a `checks:` block with a threshold or rule name, hostile or not: a fuzzer seeded only
    /// with the seeds never reaches the settings that trapped.
    private mutating func addSetting(_ lines: inout [String]) {
        let settings = [
            "buffer.flight.before", "detour.city", "speed.walk", "speed.bus", "speed.flight", "ground.max.hours",
            "summary.min", "summary.max", "report.warn.days", "day.start", "day.end", "dated.minutes",
            "report.due.months", "walk.max.km", "city.km", "continuity.km", "daytrip.km", "travel.buffer",
        ]
        guard let name = pick(settings), let value = pick(["0", "-5", "1e300", "nan", "inf", "3", "0.5", "23", "5000", "1", "24"]) else { return }
        let switches = pick(["overlap", "closed-day", "bounds", "report", "date-only", "lodgin"]) ?? "overlap"
        lines.removeAll { $0.hasPrefix("checks:") }
        lines.append(contentsOf: ["checks:", "  off: [\(switches)]", "  settings:", "    \(name): \(value)"])
    }

    private mutating func spliceBlock(_ lines: inout [String]) {
        guard lines.count > 4 else { return }
        let start = Int.random(in: 0..<lines.count, using: &rng)
        let block = Array(lines[start..<min(lines.count, start + Int.random(in: 1...6, using: &rng))])
        lines.insert(contentsOf: block, at: Int.random(in: 0...lines.count, using: &rng))
    }

    private mutating func mutateBytes(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
        case 1: bytes.removeLast(Int.random(in: 0..<bytes.count, using: &rng))
        case 2: bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        case 3: bytes.insert(UInt8.random(in: 0...31, using: &rng), at: Int.random(in: 0..<bytes.count, using: &rng))
        default: bytes.insert(contentsOf: [0xB4, 0xFA], at: Int.random(in: 0..<bytes.count, using: &rng))
        }
    }
}
