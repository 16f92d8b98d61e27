import Foundation
import TripModel

/// Public holidays by country and date, and the weekdays offices close, from the bundled
/// `Data/holidays.tsv` and `Data/weekends.tsv` (built by `tools/build_holidays.py` from the
/// `holidays` package).
public struct HolidayTable: Sendable {
    private struct Key: Hashable {
        let day: Int
        let country: String
    }

    private let names: [Key: HolidayName]
    /// Country codes the table covers (a country not listed has no holidays known here).
    public let countries: Set<String>
    /// First and last year covered, when the table is not empty.
    public let years: ClosedRange<Int>?
    /// Closed weekdays (0 = Sunday … 6 = Saturday) of the countries whose weekend is not
    /// Saturday and Sunday.
    private let weekends: [String: Set<Int>]

    /// The bundled table, loaded once; empty when the resource is missing.
    public static let shared = HolidayTable.loadBundled()

    /// Parses tab-separated lines `YYYY-MM-DD<TAB>CC<TAB>local name[<TAB>zh-Hant name<TAB>English
    /// name]`, and `weekends` lines `CC<TAB>5,6`; `#` lines and bad lines are skipped.
    public init(tsv text: String, weekends: String = "") {
        var names: [Key: HolidayName] = [:]
        var countries: Set<String> = []
        var low = Int.max, high = Int.min
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let date = LocalDate(iso: String(fields[0])) else { continue }
            let country = String(fields[1]).uppercased()
            let key = Key(day: date.dayNumber, country: country)
            // Keep the first name written; the builder joins same-day holidays itself.
            if names[key] == nil {
                let local = String(fields[2])
                let zh = fields.count > 3 && !fields[3].isEmpty ? String(fields[3]) : local
                let en = fields.count > 4 && !fields[4].isEmpty ? String(fields[4]) : local
                names[key] = HolidayName(local: local, zh: zh, en: en)
            }
            countries.insert(country)
            low = min(low, date.year)
            high = max(high, date.year)
        }
        self.names = names
        self.countries = countries
        self.years = low <= high ? low...high : nil
        var closed: [String: Set<Int>] = [:]
        for line in weekends.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            let days = Set(fields[1].split(separator: ",").compactMap { Int($0) }.filter { (0...6).contains($0) })
            if !days.isEmpty { closed[String(fields[0]).uppercased()] = days }
        }
        self.weekends = closed
    }

    /// True when offices in the country are closed for the weekend on that date: Saturday and
    /// Sunday, except in the countries of `weekends.tsv` (Friday and Saturday in most of the
    /// Arab world and in Israel, Friday and Sunday in Brunei, …).
    public func isWeekend(_ date: LocalDate, country: String) -> Bool {
        (weekends[HolidayTable.upper(country)] ?? [0, 6]).contains(date.weekday)
    }

    /// The local name of the public holiday on a date in a country (ISO 3166-1 alpha-2), or nil.
    public func holiday(on date: LocalDate, country: String) -> String? {
        names[Key(day: date.dayNumber, country: HolidayTable.upper(country))]?.local
    }

    /// The public holiday on a date in a country, named in zh-Hant, English and the local language.
    public func holidayName(on date: LocalDate, country: String) -> HolidayName? {
        names[Key(day: date.dayNumber, country: HolidayTable.upper(country))]
    }

    /// The code in capitals, without allocating when it already is (the usual case).
    private static func upper(_ code: String) -> String {
        code.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } ? code.uppercased() : code
    }

    /// True when the table knows the country's holidays for the date's year.
    public func covers(_ date: LocalDate, country: String) -> Bool {
        guard let years else { return false }
        return countries.contains(HolidayTable.upper(country)) && years.contains(date.year)
    }

    private static func loadBundled() -> HolidayTable {
        HolidayTable(tsv: bundled("holidays"), weekends: bundled("weekends"))
    }

    /// A bundled `Data/NAME.tsv`, or "" when it cannot be read.
    private static func bundled(_ name: String) -> String {
        let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Data")
            ?? Bundle.module.url(forResource: name, withExtension: "tsv")
        return url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
    }
}
