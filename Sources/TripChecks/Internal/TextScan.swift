import TripModel

/// Text measurements for report readiness.
enum TextScan {
    /// Markers of unfinished text.
    static let placeholders = ["○○", "〇〇", "TODO", "待填", "XXX"]

    /// Characters counted as CJK for the summary limit: ideographs, kana, CJK punctuation and
    /// full-width forms (the national upload form counts the Chinese text with its punctuation).
    static func cjkCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isCJK($1) ? 1 : 0) }
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF00...0xFFEF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// The placeholders found in a text, in the order of `placeholders`.
    static func placeholders(in text: String) -> [String] {
        placeholders.filter { text.contains($0) }
    }

    /// True when a text is missing or only white space.
    static func isBlank(_ text: String?) -> Bool {
        (text ?? "").allSatisfy { $0.isWhitespace }
    }
}

extension LocalDate {
    /// The same day `months` later, clamped to the month's last day (11-30 + 3 months = 02-28).
    func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        var d = day
        while d > 28, LocalDate(year: y, month: m, day: d) == nil { d -= 1 }
        return LocalDate(year: y, month: m, day: d) ?? self
    }
}
