import Foundation

/// Dates as Taiwanese government documents write them: ROC years (民國) and Chinese weekdays.
public enum ROCDate {
    /// The ROC year of a date (2025 → 114). From 1912 on it is the Gregorian year less 1911
    /// (Foundation's Republic of China calendar agrees, and is slow to build on Linux); earlier
    /// dates go through that calendar.
    public static func year(of date: LocalDate) -> Int {
        if date.year > 1911 { return date.year - 1911 }
        var cal = Calendar(identifier: .republicOfChina)
        cal.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        var greg = Calendar(identifier: .gregorian)
        greg.timeZone = cal.timeZone
        guard let instant = greg.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) else {
            return date.year - 1911
        }
        return cal.component(.year, from: instant)
    }

    /// `114 年 8 月 31 日`.
    public static func long(_ date: LocalDate) -> String {
        "\(year(of: date)) 年 \(date.month) 月 \(date.day) 日"
    }

    /// `8 月 31 日` (used after the first date of a range within one year).
    public static func monthDay(_ date: LocalDate) -> String {
        "\(date.month) 月 \(date.day) 日"
    }

    /// `114/08/31`, the form of the national upload system.
    public static func slashed(_ date: LocalDate) -> String {
        String(format: "%03d/%02d/%02d", year(of: date), date.month, date.day)
    }

    /// `星期日` … `星期六`.
    public static func weekday(_ date: LocalDate) -> String {
        "星期" + ["日", "一", "二", "三", "四", "五", "六"][date.weekday]
    }

    /// `114 年 8 月 31 日至 9 月 6 日`; the second year is written only when it differs.
    public static func range(_ start: LocalDate, _ end: LocalDate) -> String {
        if start == end { return long(start) }
        if start.year == end.year { return "\(long(start))至 \(monthDay(end))" }
        return "\(long(start))至 \(long(end))"
    }

    /// English weekday, for `--lang en`.
    public static func englishWeekday(_ date: LocalDate) -> String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][date.weekday]
    }
}
