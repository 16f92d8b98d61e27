import Foundation
import TripModel
import Yams

/// One YAML mapping being read: checks its keys against the allowed ones, reports unknown and
/// duplicate keys with their positions, and reads typed values. Every text it returns has
/// passed `FieldText` for its shape; every value it cannot use is reported where it is written.
struct Fields {
    let ctx: PlanContext
    let node: Node
    private var values: [String: (key: Node, value: Node)] = [:]
    /// Keys suggested for misspelt ones: their absence is already explained.
    private var suggested: Set<String> = []

    /// Reads `node` as a mapping whose keys must be among `allowed`; nil (with an error) when it
    /// is not a mapping.
    init?(_ node: Node, allowed: [String], context: PlanContext, name: String) {
        self.ctx = context
        self.node = node
        guard case let .mapping(mapping) = node else {
            context.fail(node, .wrongType(key: name, expected: "mapping"))
            return nil
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if let first = values[key] {
                context.fail(keyNode, .duplicateKey(key, firstLine: first.key.mark?.line ?? 0))
                continue
            }
            guard allowed.contains(key) else {
                // Past a screenful of problems, suggestions only cost time (524,288 unknown keys).
                let near = context.isSaturated ? nil : NearestNames.nearest(to: key, among: allowed, limit: 1).first
                context.fail(keyNode, .unknownKey(key, suggestion: near))
                if let near { suggested.insert(near) }
                continue
            }
            values[key] = (keyNode, value)
        }
    }

    /// The value node of a key, nil when absent, null or empty text (`start: ""`, `start: |`
    /// with nothing under it): such a key counts as left out, and a required one is reported
    /// as empty where it is written, so that no item is ever dropped without a word.
    func value(_ key: String) -> Node? {
        guard let v = values[key]?.value else { return nil }
        if Fields.isNull(v) { return nil }
        if case let .scalar(s) = v, s.string.allSatisfy(\.isWhitespace) { return nil }
        return v
    }

    /// True for `~`, `null` and nothing at all (unquoted), and for `!!null`. Read from the text,
    /// not the resolved tag: the reader composes with Yams's basic resolver (see PlanReader).
    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(s) = node else { return false }
        if s.tag == Tag(.null) { return true }
        return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// The key node, for pointing at it.
    func keyNode(_ key: String) -> Node? { values[key]?.key }

    /// True when the key is present with a value.
    func has(_ key: String) -> Bool { value(key) != nil }

    /// Reports a missing required key at the mapping, or an empty value at its key.
    func missing(_ key: String) {
        if let present = values[key] {
            ctx.fail(present.key, .text(key: key, .empty))
        } else if !suggested.contains(key) {
            // `agnecy: 某局` is reported once, as a misspelling of agency, not also as a missing agency.
            ctx.fail(node, .missingKey(key))
        }
    }

    /// Text a person wrote, of a shape: one line (titles, names, captions) or paragraphs
    /// (notes, purpose, summary). Refused with the reason when `FieldText` refuses it; absent
    /// when empty, unless required.
    func text(_ key: String, _ shape: FieldText.Shape, required: Bool = false) -> String? {
        guard let text = scalar(key, required: required) else { return nil }
        if let problem = FieldText.problem(in: text, shape: shape, required: required) {
            ctx.fail(value(key), .text(key: key, problem))
            return nil
        }
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    /// A one-line value to be parsed further (a code, an id, a date, a number, a path).
    func string(_ key: String, required: Bool = false) -> String? { text(key, .line, required: required) }

    /// The scalar text of a key; multi-line text loses only its final line breaks.
    private func scalar(_ key: String, required: Bool) -> String? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard case let .scalar(s) = v else {
            ctx.fail(v, .wrongType(key: key, expected: "text"))
            return nil
        }
        var text = s.string
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// A list of one-line texts; a single text counts as a list of one. Empty items are errors.
    func strings(_ key: String) -> [String] { stringNodes(key).map(\.text) }

    /// The items of a list of one-line texts, with their nodes for pointing at them.
    func stringNodes(_ key: String) -> [(text: String, node: Node)] {
        guard let v = value(key) else { return [] }
        let items: [Node]
        switch v {
        case .scalar: items = [v]
        case let .sequence(seq): items = Array(seq)
        default:
            ctx.fail(v, .wrongType(key: key, expected: "list"))
            return []
        }
        return items.compactMap { item in
            guard case let .scalar(s) = item else {
                ctx.fail(item, .wrongType(key: key, expected: "text"))
                return nil
            }
            let text = Fields.isNull(item) ? "" : s.string
            if let problem = FieldText.problem(in: text, shape: .line, required: true) {
                ctx.fail(item, .text(key: key, problem))
                return nil
            }
            return (text, item)
        }
    }

    /// The items of a list.
    func list(_ key: String) -> [Node] {
        guard let v = value(key) else { return [] }
        guard case let .sequence(seq) = v else {
            ctx.fail(v, .wrongType(key: key, expected: "list"))
            return []
        }
        return Array(seq)
    }

    /// A `YYYY-MM-DD` date in a year a delegation can have.
    func date(_ key: String, required: Bool = false) -> LocalDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            ctx.fail(value(key), .badDate(text))
            return nil
        }
        guard PlanLimits.isPlausible(date) else {
            ctx.fail(value(key), .dateOutOfRange(text))
            return nil
        }
        return date
    }

    /// A coded value (category, kind, mode…), by its zh-Hant name, code or English name.
    func coded<T: CodedValue>(_ key: String, as type: T.Type, required: Bool = false) -> T? {
        guard let text = string(key, required: required) else { return nil }
        guard let v = T.named(text) else {
            ctx.fail(value(key), .badValue(key: key, value: text, allowed: T.allCases.map(\.zh) + T.allCases.map(\.rawValue)))
            return nil
        }
        return v
    }

    /// A whole number in a range.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
            ctx.fail(value(key), .badNumber(text))
            return nil
        }
        guard range.contains(n) else {
            ctx.fail(value(key), .numberOutOfRange(key: key, value: text, range: range))
            return nil
        }
        return n
    }

    /// A decimal number (`nan` and `inf` are returned as such: the caller checks the range).
    func double(_ key: String) -> Double? {
        guard let text = string(key) else { return nil }
        guard let n = Fields.number(text) else {
            ctx.fail(value(key), .badNumber(text))
            return nil
        }
        return n
    }

    /// A number as YAML or Swift writes it (`1.5`, `1e3`, `.inf`, `nan`).
    static func number(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch t.lowercased() {
        case ".nan": return .nan
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        default: return Double(t)
        }
    }

    /// A stable id (`a-z 0-9 - _`); reported when malformed.
    func id(_ key: String = "id", required: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard Fields.isValidID(text) else {
            ctx.fail(value(key), .badID(text))
            return nil
        }
        return text
    }

    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
