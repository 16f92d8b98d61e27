/// RFC 5545 text rules: escaping TEXT values and folding content lines at 75 octets.
enum ICalText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character;
    /// continuation lines start with one space (RFC 5545 §3.1). Lines end in CRLF.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > limit {
                out += "\r\n "
                count = 0
                limit = 74  // the leading space counts
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out + "\r\n"
    }
}
