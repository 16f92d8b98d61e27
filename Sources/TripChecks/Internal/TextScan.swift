import TripModel

/// Text measurements for report readiness.
enum TextScan {
    /// Markers of unfinished text.
    static let placeholders = ["○○", "〇〇", "TODO", "待填", "XXX"]
    private static let placeholderBytes = placeholders.map { Array($0.utf8) }

    /// Characters counted as CJK for the summary limit: ideographs, kana, CJK punctuation and
    /// full-width forms (the national upload form counts the Chinese text with its punctuation).
    static func cjkCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isCJK($1) ? 1 : 0) }
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0xFF00...0xFFEF, 0x20000...0x2FA1F:
            true
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
        let mask = placeholderMask(text)
        return mask == 0 ? [] : placeholders.indices.filter { mask & (1 << $0) != 0 }.map { placeholders[$0] }
    }

    /// Bit k set when `placeholders[k]` occurs: one pass over the bytes (Foundation's
    /// `String.contains` goes through CFString and is slow over a year of notes).
    static func placeholderMask(_ text: String) -> UInt8 {
        var mask: UInt8 = 0
        var text = text
        text.withUTF8 { hay in
            let n = hay.count
            var i = 0
            while i < n {
                let b = hay[i]
                // Lead bytes of ○ 〇 待 (E2, E3, E5) and of T, X.
                if b == 0xE2 || b == 0xE3 || b == 0xE5 || b == 0x54 || b == 0x58 {
                    for (k, needle) in placeholderBytes.enumerated() where needle[0] == b && i + needle.count <= n {
                        var j = 1
                        while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                        if j == needle.count { mask |= 1 << k }
                    }
                }
                i += 1
            }
        }
        return mask
    }

    /// The text without white space at either end.
    static func trimmed(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// ASCII and CJK white space (the property lookup of `Character.isWhitespace` is slow).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x3000: true
        default: false
        }
    }

    static func isBlank(_ text: String?) -> Bool {
        (text ?? "").unicodeScalars.allSatisfy(isSpace)
    }
}

extension LocalDate {
    /// The same day `months` later, clamped to the month's last day (11-30 + 3 months = 02-28).
    func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        var d = day
        while d > 28, LocalDate(year: y, month: m, day: d) == nil { d -= 1 }
        return LocalDate(year: y, month: m, day: d) ?? self
    }
}
