/// Text as a terminal may show it. Plan and logged text can hold characters a terminal obeys
/// instead of showing (ESC starts a sequence that can erase or recolour lines, CR returns to the
/// line's start, U+202E reverses what follows), so a shared plan could make `tripwright` output
/// say something else. Every human-readable printer of the command line passes user and plan
/// text through `neutralised(_:)`; JSON, YAML and iCalendar output stay exact.
public enum TerminalText {
    /// The text with every control character (C0 but line feed and tab, DEL, C1), line or
    /// paragraph separator and bidirectional embedding, override or isolate written as a visible
    /// escape such as `\u{1B}` or `\u{202E}`. The same characters `FieldText` refuses at input.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for a character a terminal would act on rather than show.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
