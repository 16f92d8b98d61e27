import Foundation
import TripModel

/// Public holidays by country and date, and the weekdays offices close, from the bundled
/// `Data/holidays.tsv` and `Data/weekends.tsv` (built by `tools/build_holidays.py` from the
/// `holidays` package).
///
/// The table is read as bytes and a country's holidays are parsed the first time that country is
/// asked about: a command that checks a trip to Japan parses Japan's few hundred lines, not the
/// whole table, and a command that never asks parses nothing.
public struct HolidayTable: Sendable {
    private let storage: HolidayStorage
    /// Closed weekdays (0 = Sunday … 6 = Saturday) of the countries whose weekend is not
    /// Saturday and Sunday.
    private let weekends: [String: Set<Int>]

    /// The bundled table, read once on first use; empty when the resource is missing.
    public static let shared = HolidayTable.loadBundled()

    /// Country codes the table covers (a country not listed has no holidays known here).
    public var countries: Set<String> { storage.summary.countries }

    /// First and last year covered, when the table is not empty.
    public var years: ClosedRange<Int>? { storage.summary.years }

    /// Parses tab-separated lines `YYYY-MM-DD<TAB>CC<TAB>local name[<TAB>zh-Hant name<TAB>English
    /// name]`, and `weekends` lines `CC<TAB>5,6`; `#` lines and bad lines are skipped.
    public init(tsv text: String, weekends: String = "") {
        self.init(bytes: Array(text.utf8), weekends: weekends)
    }

    private init(bytes: [UInt8], weekends: String) {
        storage = HolidayStorage(bytes: bytes)
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
        holidayName(on: date, country: country)?.local
    }

    /// The public holiday on a date in a country, named in zh-Hant, English and the local language.
    public func holidayName(on date: LocalDate, country: String) -> HolidayName? {
        storage.holidays(of: HolidayTable.upper(country))[date.dayNumber]
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
        HolidayTable(
            bytes: bundled("holidays").map { TSVTable.read($0.path) ?? [] } ?? [],
            weekends: bundled("weekends").flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        )
    }

    /// The URL of a bundled `Data/NAME.tsv`, when the bundle has it.
    private static func bundled(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Data")
            ?? Bundle.module.url(forResource: name, withExtension: "tsv")
    }
}
