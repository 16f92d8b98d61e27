/// Escaping for XML and HTML text and attribute values. Every user string goes through here.
enum XMLText {
    /// Escapes `& < > " '`. A character XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF)
    /// or no document should carry (C1 controls, bidirectional overrides) is written as U+FFFD,
    /// so the file stays well formed and the reader sees that something was there. Line breaks
    /// and tabs pass through: each writer decides what they become.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                out.unicodeScalars.append(ReportText.isUnholdable(scalar) ? ReportText.replacement : scalar)
            }
        }
        return out
    }
}
