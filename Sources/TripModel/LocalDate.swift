import Foundation

/// A civil calendar date (Gregorian) with no zone: the day as people at a place name it.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Gregorian year, e.g. 2025.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day of month 1–31.
    public let day: Int

    /// Creates a date, or returns nil when the day does not exist (2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    /// Read from the text's UTF-8 bytes, without splitting: the store reads every stored date
    /// through here (the front page's 50 rows, every item of a delegation).
    public init?(iso text: String) {
        let utf8 = text.utf8
        guard utf8.count == 10 else { return nil }
        var digits = (0, 0, 0)
        for (i, byte) in utf8.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            switch i {
            case 0..<4: digits.0 = digits.0 * 10 + Int(digit)
            case 5..<7: digits.1 = digits.1 * 10 + Int(digit)
            default: digits.2 = digits.2 * 10 + Int(digit)
            }
        }
        self.init(year: digits.0, month: digits.1, day: digits.2)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Plain interpolation: `String(format:)` goes through CFString and is slow on Linux,
        // and the checks name dates in thousands of messages.
        "\(LocalDate.padded(year, 4))-\(LocalDate.padded(month, 2))-\(LocalDate.padded(day, 2))"
    }

    /// `n` with leading zeros up to `width` digits.
    private static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return n < 0 || digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Same as `iso`.
    public var description: String { iso }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other`.
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int {
        let w = (dayNumber + 4) % 7  // 1970-01-01 was a Thursday.
        return w < 0 ? w + 7 : w
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday == 0 || weekday == 6 }

    /// Every date from `self` through `end`, inclusive.
    public func through(_ end: LocalDate) -> [LocalDate] {
        guard end >= self else { return [] }
        return (0...days(until: end)).map { adding(days: $0) }
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "not a YYYY-MM-DD date: \(text)"
                )
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
