import Foundation

/// What every writer does with text before it goes into a document. Input is validated
/// (`FieldText`), but a database written by an older version may still hold a line break in a
/// title or a control character in a note; no writer may then drop it silently or make a file a
/// reader refuses. A character no document can hold is shown as U+FFFD (�), where the reader
/// sees that something was there; a line break becomes whatever the format writes for one, or a
/// space where the format cannot hold one (a heading, a table row in Markdown).
enum ReportText {
    /// Shown in place of a character no document can hold.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for a line break of any kind: LF, CR, NEL, U+2028, U+2029 (CRLF is two, read as one).
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// True for a character shown as U+FFFD: control characters but tab and the line breaks,
    /// bidirectional embeddings, overrides and isolates (which make printed text read
    /// differently from what it is), and the noncharacters U+FFFE and U+FFFF that XML forbids.
    static func isUnholdable(_ scalar: Unicode.Scalar) -> Bool {
        if isBreak(scalar) { return false }
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The text with every unholdable character replaced by U+FFFD; line breaks stay.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnholdable) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isUnholdable(scalar) ? replacement : scalar) }
        return String(out)
    }

    /// The text's lines, split at every kind of line break (CRLF once); one line when it has none.
    static func lines(_ text: String) -> [String] {
        guard text.unicodeScalars.contains(where: isBreak) else { return [text] }
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if isBreak(scalar) {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// The text on one line: its lines joined by a space (the words stay apart, nothing is lost;
    /// white space around a break and empty lines, as a YAML `|` block leaves them, go), and
    /// unholdable characters become U+FFFD.
    static func oneLine(_ text: String) -> String {
        let parts = lines(text)
        guard parts.count > 1 else { return visible(text) }
        return visible(parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// A line of a table cell or caption as lines of its own: split at its line breaks, without
    /// the empty lines a trailing break leaves.
    static func splitLines(_ text: String) -> [String] {
        let parts = lines(text)
        guard parts.count > 1 else { return [visible(text)] }
        let kept = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(visible)
        return kept.isEmpty ? [""] : kept
    }
}
