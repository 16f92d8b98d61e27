import Foundation
import TripModel

/// The bytes of a holiday table and what has been parsed from them so far: each country's
/// holidays when first asked for, and the covered countries and years when first asked for.
final class HolidayStorage: @unchecked Sendable {
    // @unchecked: `byCountry` and `cachedSummary` are only touched while `lock` is held; `bytes`
    // never changes.
    private let lock = NSLock()
    private let bytes: [UInt8]
    private var byCountry: [String: [Int: HolidayName]] = [:]
    private var cachedSummary: (countries: Set<String>, years: ClosedRange<Int>?)?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A country's holidays by day number (`LocalDate.dayNumber`); `country` in capitals.
    func holidays(of country: String) -> [Int: HolidayName] {
        lock.lock()
        defer { lock.unlock() }
        if let known = byCountry[country] { return known }
        var names: [Int: HolidayName] = [:]
        let wanted = Array(country.utf8)
        forEachLine { line in
            // Only the lines of this country are taken apart further.
            guard sameCode(line.country, wanted), let date = date(line.date) else { return }
            let day = date.dayNumber
            // Keep the first name written; the builder joins same-day holidays itself.
            guard names[day] == nil else { return }
            let fields = bytes[line.names].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            let local = String(decoding: fields[0], as: UTF8.self)
            let zh = fields.count > 1 && !fields[1].isEmpty ? String(decoding: fields[1], as: UTF8.self) : local
            let en = fields.count > 2 && !fields[2].isEmpty ? String(decoding: fields[2], as: UTF8.self) : local
            names[day] = HolidayName(local: local, zh: zh, en: en)
        }
        byCountry[country] = names
        return names
    }

    /// The countries (in capitals) and the first and last year of the table's good lines.
    var summary: (countries: Set<String>, years: ClosedRange<Int>?) {
        lock.lock()
        defer { lock.unlock() }
        if let cachedSummary { return cachedSummary }
        var codes: Set<[UInt8]> = []
        var low = Int.max
        var high = Int.min
        forEachLine { line in
            guard let date = date(line.date) else { return }
            codes.insert(bytes[line.country].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 })
            low = min(low, date.year)
            high = max(high, date.year)
        }
        let made = (Set(codes.map { String(decoding: $0, as: UTF8.self) }), low <= high ? low...high : nil)
        cachedSummary = made
        return made
    }

    /// Where the fields of one line are: the date, the country, and the names after them (at
    /// least the local name's field).
    private struct Line {
        let date: Range<Int>
        let country: Range<Int>
        let names: Range<Int>
    }

    /// Calls `body` with every line that has a date field, a country field and a name field;
    /// `#` lines and lines with fewer fields are skipped. Nothing is copied or parsed here.
    private func forEachLine(_ body: (Line) -> Void) {
        let tab = UInt8(ascii: "\t")
        var start = 0
        while start < bytes.count {
            let lineEnd = TSVTable.lineEnd(bytes, from: start)
            defer { start = lineEnd + 1 }
            var end = lineEnd
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            guard end > start, bytes[start] != UInt8(ascii: "#"),
                let firstTab = bytes[start..<end].firstIndex(of: tab),
                let secondTab = bytes[(firstTab + 1)..<end].firstIndex(of: tab)
            else { continue }
            body(Line(date: start..<firstTab, country: (firstTab + 1)..<secondTab, names: (secondTab + 1)..<end))
        }
    }

    /// The field at `range` read as `YYYY-MM-DD` in ASCII digits, when it is a real date.
    private func date(_ range: Range<Int>) -> LocalDate? {
        guard range.count == 10 else { return nil }
        var year = 0
        var month = 0
        var day = 0
        for i in range {
            let byte = bytes[i]
            let offset = i - range.lowerBound
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if offset < 4 { year = year * 10 + digit } else if offset < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        return LocalDate(year: year, month: month, day: day)
    }

    /// True when the field at `range` equals `wanted` (in capitals), ignoring the field's ASCII case.
    private func sameCode(_ range: Range<Int>, _ wanted: [UInt8]) -> Bool {
        guard range.count == wanted.count else { return false }
        return zip(range, wanted).allSatisfy { i, b in
            let a = bytes[i]
            return (a >= 0x61 && a <= 0x7A ? a - 0x20 : a) == b
        }
    }
}
