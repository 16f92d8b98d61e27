/// RFC 5545 text rules: escaping TEXT values and folding content lines at 75 octets.
enum ICalText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    /// Every kind of line break (LF, CR, CRLF, NEL, U+2028, U+2029) is written `\n`, so none is
    /// lost; a control character TEXT may not hold (all but tab), a bidirectional override and
    /// U+FFFE/U+FFFF become U+FFFD, so a calendar application never gets a broken line from text
    /// stored by an older version.
    static func escape(_ s: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in s.unicodeScalars {
            if scalar == "\n", afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x3B: out += "\\;"
            case 0x2C: out += "\\,"
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: out += "\\n"
            case 0x09: out.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF:
                out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
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
