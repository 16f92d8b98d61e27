import Foundation
import TripModel
import Yams

/// Typed reading of the keys real plans need (issue 12): checked text, phone numbers, counts,
/// body types, opening days and contacts. Text goes through `FieldText.problem(in:shape:)`, the
/// one validation every reader of a text field uses.
extension Fields {
    /// A one-line text, refused (with the fix) when it holds a line break or a control character.
    func line(_ key: String, required: Bool = false) -> String? { text(key, .line, required: required) }

    /// A list of one-line texts (a single text counts as a list of one), each checked as `line`.
    func lines(_ key: String) -> [String] { strings(key) }

    /// Text of one or more paragraphs (a remark), refused when it holds a control character.
    func paragraphs(_ key: String) -> String? { text(key, .paragraphs) }

    /// A phone number as written: digits with `+ - ( ) . / #`, spaces, and `ext`, `x`, 分機 or 轉
    /// before an extension; at least five digits.
    func phone(_ key: String = "phone") -> String? {
        guard let text = line(key) else { return nil }
        guard Fields.isPhoneNumber(text) else {
            ctx.fail(value(key), .value(.phone(key: key, value: text)))
            return nil
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func isPhoneNumber(_ text: String) -> Bool {
        var rest = text.lowercased()
        for word in ["分機", "轉", "ext.", "ext", "x"] { rest = rest.replacingOccurrences(of: word, with: " ") }
        let digits = rest.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        let allowed = CharacterSet(charactersIn: "0123456789+-()./# \u{3000}")
        return digits >= 5 && rest.unicodeScalars.allSatisfy(allowed.contains)
    }

    /// A whole number of at least 1 (a headcount).
    func count(_ key: String) -> Int? {
        guard let text = string(key) else { return nil }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 1 else {
            ctx.fail(value(key), .value(.badCount(text)))
            return nil
        }
        return n
    }

    /// What kind of body a place or host is: a code, its zh-Hant name or a synonym.
    func bodyType(_ key: String) -> BodyType? {
        guard let text = string(key) else { return nil }
        guard let type = BodyType.parse(text) else {
            ctx.fail(value(key), .badValue(key: key, value: text, allowed: BodyType.allCases.map(\.zh) + BodyType.allCases.map(\.rawValue)))
            return nil
        }
        return type
    }

    /// Opening days: a list (or one) of weekdays, `weekend` or `holidays`.
    func openingDays(_ key: String) -> [OpeningDay] {
        let allowed = OpeningDay.allCases.map(\.rawValue) + OpeningDay.allCases.map(\.zh)
        var days: [OpeningDay] = []
        for text in strings(key) {
            if let day = OpeningDay.parse(text) {
                if !days.contains(day) { days.append(day) }
            } else {
                ctx.fail(value(key), .badValue(key: key, value: text, allowed: allowed))
            }
        }
        return days
    }

    /// A contact person: `{name, title, phone, email}`.
    func contact(_ key: String) -> Contact? {
        guard let node = value(key), let c = Fields(node, allowed: ["name", "title", "phone", "email"], context: ctx, name: key),
            let name = c.line("name", required: true)
        else { return nil }
        return Contact(name: name, title: c.line("title"), phone: c.phone(), email: c.line("email"))
    }
}

extension Fields {
    /// `true` or `false` (also yes/no, on/off, 是/否); anything else is refused with the choices.
    func flag(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "on", "是": return true
        case "false", "no", "off", "否": return false
        default:
            ctx.fail(value(key), .badValue(key: key, value: text, allowed: ["true", "false"]))
            return nil
        }
    }
}
