/// Escaping for XML and HTML text and attribute values. Every user string goes through here.
enum XMLText {
    /// Escapes `& < > " '` and drops characters XML 1.0 forbids (C0 controls but tab, LF, CR).
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
                let v = scalar.value
                if v < 0x20, v != 0x9, v != 0xA, v != 0xD { continue }
                if v == 0xFFFE || v == 0xFFFF || (0xD800...0xDFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
