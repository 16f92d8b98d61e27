import TripModel

/// Number formatting without `String(format:)`, which goes through CFString and is slow.
enum Text {
    /// `7` → `07`.
    static func twoDigits(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }

    /// The date as messages write it: `114 年 9 月 1 日` in zh-Hant, ISO in English.
    static func date(_ d: LocalDate) -> LocalizedText { LocalizedText(zh: ROCDate.long(d), en: d.iso) }

    /// `9.46` → `9.5`.
    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// `8.0` → `8`, `7.5` → `7.5`.
    static func compact(_ x: Double) -> String {
        x == x.rounded() ? "\(Int(x))" : oneDecimal(x)
    }
}
