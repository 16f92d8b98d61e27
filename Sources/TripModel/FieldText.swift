/// The one validation of text a user gives a field, used by every reader: the plan reader, the
/// web forms and `tripwright log`. What a field cannot hold is refused here, with the fix, before
/// any writer could drop or mangle it.
public enum FieldText {
    /// What a field may hold.
    public enum Shape: Sendable {
        /// One line: a title, unit, host, name, caption, headline, outlet.
        case line
        /// Paragraphs: a note, purpose, summary, reflection; line breaks are kept.
        case paragraphs

        /// The most characters (extended grapheme clusters) a field of this shape holds: 1,000 for
        /// a line (the longest real title, host or link is a few hundred), 50,000 for paragraphs
        /// (about thirty printed pages of Chinese: a long meeting's notes pasted whole). Beyond that
        /// a text is a mistake or an attack: one 200,000-character caption kept LibreOffice laying
        /// out the report for two minutes.
        public var limit: Int {
            switch self {
            case .line: 1_000
            case .paragraphs: 50_000
            }
        }
    }

    /// Why a text cannot go into a field.
    public enum Problem: Hashable, Sendable {
        /// A line break (LF, CR, U+2028, U+2029, NEL) in a one-line field.
        case lineBreak
        /// A control character (C0, C1, DEL; a tab in a one-line field), by its code point.
        case controlCharacter(UInt32)
        /// A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which
        /// can make printed text read differently from what is stored.
        case bidiControl(UInt32)
        /// Nothing but white space where text is required.
        case empty
        /// More characters than the field's shape holds (`Shape.limit`).
        case tooLong(count: Int, limit: Int)

        /// What is wrong and how to fix it, naming the field.
        public func message(field: String) -> LocalizedText {
            switch self {
            case .lineBreak:
                return LocalizedText(
                    zh: "「\(field)」只能有一行，卻含有換行。請改成一行（需要分段的內容請寫在筆記或內文欄位）。",
                    en: "'\(field)' must be one line but contains a line break. Write it on one line (put paragraphs in a note or body field)."
                )
            case let .controlCharacter(code):
                let name = FieldText.codePoint(code)
                return LocalizedText(
                    zh: "「\(field)」含有控制字元 \(name)，無法列印也無法放進報告。請刪除該字元（多半是從其他程式複製時帶入的）。",
                    en:
                        "'\(field)' contains the control character \(name), which cannot be printed or put in a report. Delete it (it usually comes from copying out of another program)."
                )
            case let .bidiControl(code):
                let name = FieldText.codePoint(code)
                return LocalizedText(
                    zh: "「\(field)」含有文字方向控制字元 \(name)，會使顯示的文字與實際內容不同。請刪除該字元。",
                    en: "'\(field)' contains the text-direction control \(name), which makes the text display differently from what it is. Delete it."
                )
            case .empty:
                return LocalizedText(zh: "「\(field)」不可空白，請填寫內容。", en: "'\(field)' must not be empty; write something.")
            case let .tooLong(count, limit):
                return LocalizedText(
                    zh: "「\(field)」最多 \(limit) 字，這裡有 \(count) 字。請縮短（較長的內容請分成幾則筆記）。",
                    en: "'\(field)' holds at most \(limit) characters; this has \(count). Shorten it (split long text into several notes)."
                )
            }
        }
    }

    /// The first problem of a text in a field of a shape, or nil when the text may be stored.
    ///
    /// - Parameters:
    ///   - text: the text as given (not trimmed).
    ///   - shape: `.line` refuses line breaks and tabs; `.paragraphs` keeps line breaks and tabs.
    ///   - required: when true, text that is empty after trimming white space is `.empty`.
    public static func problem(in text: String, shape: Shape, required: Bool = false) -> Problem? {
        // Counted only when it may matter: a character is at least one UTF-8 byte.
        if text.utf8.count > shape.limit {
            let count = text.count
            if count > shape.limit { return .tooLong(count: count, limit: shape.limit) }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                if shape == .line { return .lineBreak }
                if v != 0x0A && v != 0x0D { return .controlCharacter(v) }
            case 0x09:
                if shape == .line { return .controlCharacter(v) }
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                return .controlCharacter(v)
            case 0x202A...0x202E, 0x2066...0x2069:
                return .bidiControl(v)
            default:
                continue
            }
        }
        if required && text.allSatisfy({ $0.isWhitespace }) { return .empty }
        return nil
    }

    /// `U+001B`-style name of a code point.
    public static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
