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
            guard HolidayStorage.sameCode(line.country, wanted) else { return }
            let day = line.date.dayNumber
            // Keep the first name written; the builder joins same-day holidays itself.
            guard names[day] == nil else { return }
            let fields = line.names
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
        var low = Int.max, high = Int.min
        forEachLine { line in
            codes.insert(line.country.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 })
            low = min(low, line.date.year)
            high = max(high, line.date.year)
        }
        let made = (Set(codes.map { String(decoding: $0, as: UTF8.self) }), low <= high ? low...high : nil)
        cachedSummary = made
        return made
    }

    /// One good line: a valid date, a country and at least a local name.
    private struct Line {
        let date: LocalDate
        let country: ArraySlice<UInt8>
        /// Local, zh-Hant and English names, as many as the line has (at least one).
        let names: [ArraySlice<UInt8>]
    }

    /// Calls `body` with every line that has a valid `YYYY-MM-DD` date, a country and a name;
    /// `#` lines and bad lines are skipped. Only the country field is split off for lines of
    /// other countries.
    private func forEachLine(_ body: (Line) -> Void) {
        let tab = UInt8(ascii: "\t")
        var start = 0
        while start < bytes.count {
            let end = TSVTable.lineEnd(bytes, from: start)
            defer { start = end + 1 }
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard line.first != UInt8(ascii: "#"),
                  let firstTab = line.firstIndex(of: tab), let date = HolidayStorage.date(line[line.startIndex..<firstTab])
            else { continue }
            let rest = line[(firstTab + 1)...]
            guard let secondTab = rest.firstIndex(of: tab) else { continue }
            let names = line[(secondTab + 1)...].split(separator: tab, omittingEmptySubsequences: false)
            body(Line(date: date, country: rest[rest.startIndex..<secondTab], names: names))
        }
    }

    /// `YYYY-MM-DD` in ASCII digits, when it is a real date.
    private static func date(_ field: ArraySlice<UInt8>) -> LocalDate? {
        guard field.count == 10 else { return nil }
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for (offset, byte) in field.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        return LocalDate(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    /// True when a code field equals `wanted` (in capitals), ignoring the field's ASCII case.
    private static func sameCode(_ field: ArraySlice<UInt8>, _ wanted: [UInt8]) -> Bool {
        guard field.count == wanted.count else { return false }
        return zip(field, wanted).allSatisfy { a, b in (a >= 0x61 && a <= 0x7A ? a - 0x20 : a) == b }
    }
}
