import Foundation

/// The normalised form names are matched by. Must agree with `name_key` in
/// tools/build_gazetteer.py, which writes the keys of city-names.tsv (a test checks every one).
///
/// NFKC; a Latin letter loses its accents (é → e, ō → o); lower case; ø, ß, ł… spelled in ASCII;
/// 臺 → 台; then only letters and digits are kept, so spaces, hyphens and dots do not matter.
enum NameKey {
    /// Letters NFD does not split into an ASCII base and a mark.
    static let special: [Unicode.Scalar: String] = [
        "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
        "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k",
    ]
    /// A trailing administrative suffix that may be left out: 臺中市 = 臺中, 부산시 = 부산.
    static let suffixes: Set<Unicode.Scalar> = ["市", "縣", "県", "区", "區", "府", "시"]

    /// The key of a name.
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        if text.unicodeScalars.allSatisfy(isPlainCJK) {
            // Han and kana are their own NFKC and carry no accents: only 臺 changes.
            return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "臺" ? "台" : $0 }))
        }
        var folded = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII {
                folded.append(scalar)
                continue
            }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if let first = parts.first, first.isASCII {
                folded.append(contentsOf: parts)
            } else {
                folded.append(scalar)
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in String(folded).lowercased().unicodeScalars {
            if let spelled = special[scalar] {
                out.append(contentsOf: spelled.unicodeScalars)
            } else if scalar == "臺" {
                out.append("台")
            } else if isLetterOrNumber(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The key without a trailing 市/縣/県/区/區/府/시, when at least two characters remain.
    static func stripped(_ key: String) -> String? {
        let scalars = key.unicodeScalars
        guard scalars.count >= 3, let last = scalars.last, suffixes.contains(last) else { return nil }
        return String(String.UnicodeScalarView(scalars.dropLast()))
    }

    private static func asciiKey(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(b)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unified Han ideographs, hiragana, katakana and the long-vowel mark: scalars that NFKC
    /// leaves alone, that have no ASCII base, and that are letters.
    private static func isPlainCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC:
            return true
        default:
            return false
        }
    }

    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
