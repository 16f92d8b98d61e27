import Foundation
import TripModel
import Yams

/// One YAML mapping being read: checks its keys against the allowed ones, reports unknown and
/// duplicate keys with their positions, and reads typed values.
struct Fields {
    let ctx: PlanContext
    let node: Node
    private var values: [String: (key: Node, value: Node)] = [:]

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
            if values[key] != nil {
                context.fail(keyNode, .duplicateKey(key))
                continue
            }
            guard allowed.contains(key) else {
                context.fail(keyNode, .unknownKey(key, suggestion: NearestNames.nearest(to: key, among: allowed, limit: 1).first))
                continue
            }
            values[key] = (keyNode, value)
        }
    }

    /// The value node of a key, nil when absent or null.
    func value(_ key: String) -> Node? {
        guard let v = values[key]?.value else { return nil }
        if case let .scalar(s) = v, s.tag == Tag(.null) || (s.string.isEmpty && s.style == .plain) || s.string == "~" {
            return nil
        }
        return v
    }

    /// The key node, for pointing at it.
    func keyNode(_ key: String) -> Node? { values[key]?.key }

    /// True when the key is present with a value.
    func has(_ key: String) -> Bool { value(key) != nil }

    /// Reports a missing required key at the mapping.
    func missing(_ key: String) {
        ctx.fail(node, .missingKey(key))
    }

    /// A text value; multi-line text loses only its final line break.
    func string(_ key: String, required: Bool = false) -> String? {
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

    /// A list of texts; a single text counts as a list of one.
    func strings(_ key: String) -> [String] {
        guard let v = value(key) else { return [] }
        switch v {
        case let .scalar(s): return [s.string]
        case let .sequence(seq):
            return seq.compactMap { item in
                guard case let .scalar(s) = item else {
                    ctx.fail(item, .wrongType(key: key, expected: "text"))
                    return nil
                }
                return s.string
            }
        default:
            ctx.fail(v, .wrongType(key: key, expected: "list"))
            return []
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

    /// A `YYYY-MM-DD` date.
    func date(_ key: String, required: Bool = false) -> LocalDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            ctx.fail(value(key), .badDate(text))
            return nil
        }
        return date
    }

    /// A coded value (category, kind, mode…).
    func coded<T: CodedValue>(_ key: String, as type: T.Type, required: Bool = false) -> T? {
        guard let text = string(key, required: required) else { return nil }
        guard let v = T.named(text) else {
            ctx.fail(value(key), .badValue(key: key, value: text, allowed: T.allCases.map(\.zh) + T.allCases.map(\.rawValue)))
            return nil
        }
        return v
    }

    /// A whole number.
    func int(_ key: String, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
            ctx.fail(value(key), .badNumber(text))
            return nil
        }
        return n
    }

    /// A decimal number.
    func double(_ key: String) -> Double? {
        guard let text = string(key) else { return nil }
        guard let n = Double(text.trimmingCharacters(in: .whitespaces)) else {
            ctx.fail(value(key), .badNumber(text))
            return nil
        }
        return n
    }

    /// A stable id (`a-z 0-9 - _`, also CJK-free); reported when malformed.
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
