// libyaml, as Yams bundles it: its event parser tells us what Yams's composed tree no longer
// can (where each key of a mapping is, which nodes are aliases, how large they are).
internal import CYaml
import Foundation
import TripModel

/// Reads a plan's YAML as libyaml events before Yams composes it, and refuses what Yams would
/// refuse without saying where (the second of two equal keys), accept silently (an alias that
/// multiplies the plan), or take minutes over (a key that is an alias to a large list, which
/// Yams hashes whole). Syntax errors come out located where the problem starts, by kind.
struct YAMLPrepass {
    /// One problem and where it is (line and column from 1; column in characters).
    struct Finding {
        var line: Int
        var column: Int
        var problem: PlanProblem
    }

    /// Checks `text`; aliases may expand it to at most `expansionLimit` bytes (each node
    /// counting its text and one byte).
    static func check(_ text: String, expansionLimit: Int) -> [Finding] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var pass = YAMLPrepass(text: text, limit: expansionLimit)
            pass.run(buffer)
            return pass.findings
        }
    }

    private let text: String
    private let limit: Int
    private var findings: [Finding] = []

    private init(text: String, limit: Int) {
        self.text = text
        self.limit = limit
    }

    /// What an anchor names: its expanded size, and its text when it is a scalar.
    private struct Anchored {
        var size: Int
        var scalar: String?
    }

    /// An open mapping or sequence.
    private struct Frame {
        var isMapping: Bool
        var anchor: String?
        var startSize: Int
        /// For a mapping: true when the next node is a key.
        var awaitingKey = true
        /// For a mapping: each key's first line.
        var keys: [String: Int] = [:]
    }

    private mutating func run(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            findings.append(Finding(line: 1, column: 1, problem: .syntax(.other("out of memory"))))
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        var anchors: [String: Anchored] = [:]
        var stack: [Frame] = []
        var size = 0
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                syntaxError(parser)
                return
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            let line = Int(mark.line) + 1
            let column = Int(mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    findings.append(Finding(line: line, column: column, problem: .syntax(.secondDocument)))
                    return
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = YAMLPrepass.string(scalar.value, length: scalar.length)
                let weight = 1 + Int(scalar.length)
                size += weight
                if let anchor = YAMLPrepass.string(scalar.anchor) { anchors[anchor] = Anchored(size: weight, scalar: value) }
                node(key: value, in: &stack, line: line, column: column)
            case YAML_ALIAS_EVENT:
                let name = YAMLPrepass.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    findings.append(Finding(line: line, column: column, problem: .syntax(.undefinedAlias(name))))
                    return
                }
                size += target.size
                if size > limit {
                    findings.append(Finding(line: line, column: column, problem: .syntax(.expansion(limit: limit))))
                    return
                }
                if target.scalar == nil, stack.last?.isMapping == true, stack.last?.awaitingKey == true {
                    findings.append(Finding(line: line, column: column, problem: .syntax(.complexKey)))
                    return
                }
                node(key: target.scalar, in: &stack, line: line, column: column)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if stack.last?.isMapping == true, stack.last?.awaitingKey == true {
                    findings.append(Finding(line: line, column: column, problem: .syntax(.complexKey)))
                    return
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = YAMLPrepass.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                size += 1
                stack.append(Frame(isMapping: isMapping, anchor: anchor, startSize: size - 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                if let anchor = frame.anchor { anchors[anchor] = Anchored(size: size - frame.startSize, scalar: nil) }
                node(key: nil, in: &stack, line: line, column: column)
            default:
                break
            }
        }
    }

    /// Records a finished node in its parent: a key is checked against the mapping's earlier
    /// keys; a value makes the mapping wait for its next key.
    private mutating func node(key: String?, in stack: inout [Frame], line: Int, column: Int) {
        guard let top = stack.indices.last, stack[top].isMapping else { return }
        defer { stack[top].awaitingKey.toggle() }
        guard stack[top].awaitingKey, let key else { return }
        if let first = stack[top].keys[key] {
            findings.append(Finding(line: line, column: column, problem: .duplicateKey(key, firstLine: first)))
        } else {
            stack[top].keys[key] = line
        }
    }

    // MARK: Errors

    private mutating func syntaxError(_ parser: yaml_parser_t) {
        let problem = YAMLPrepass.string(parser.problem) ?? ""
        if parser.error == YAML_READER_ERROR {
            let (line, column) = position(ofByte: Int(parser.problem_offset))
            let code = parser.problem_value >= 0 ? UInt32(parser.problem_value) : 0
            let found: PlanProblem = problem.contains("control characters") ? .file(.controlCharacter(code)) : .syntax(.other(problem))
            findings.append(Finding(line: line, column: column, problem: found))
            return
        }
        let context = YAMLPrepass.string(parser.context) ?? ""
        let at = (line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let start = (line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        let kind: YAMLProblem
        var place = at
        switch (context, problem) {
        case let (c, p) where c.contains("quoted scalar") && (p.contains("end of stream") || p.contains("document indicator")):
            kind = .unterminatedQuote
            place = start
        case let (_, p) where p.contains("escape") || p.contains("hexdecimal"):
            kind = .badEscape
        case let (c, p) where c.contains("flow sequence") && p.contains("','"):
            kind = .unclosedBracket(opener: "[", foundLine: at.line)
            place = start
        case let (c, p) where c.contains("flow mapping") && p.contains("','"):
            kind = .unclosedBracket(opener: "{", foundLine: at.line)
            place = start
        case let (_, p) where p.contains("mapping values are not allowed"):
            kind = .colonInValue
        case let (_, p) where p.contains("expected key") || p.contains("'-' indicator"):
            kind = .badIndentation
        case let (_, p) where p.contains("tab character"):
            kind = .tab
        case let (_, p) where p.contains("cannot start any token"):
            let character = self.character(at: parser.problem_mark)
            kind = character == "\t" ? .tab : .reservedStart(character)
        case let (c, p) where c.contains("simple key") && p.contains("':'"):
            kind = .missingColon
            place = start
        case let (_, p) where p.contains("block sequence entries"):
            kind = .listHere
        case let (_, p) where p.contains("mapping keys are not allowed"):
            kind = .unexpectedIndicator("?")
        case let (_, p) where p.contains("unexpected ':'"):
            kind = .unexpectedIndicator(":")
        case let (c, _) where c.contains("anchor") || c.contains("alias"):
            kind = .anchorName
        case let (c, _) where c.contains("block scalar"):
            kind = .blockScalar
        case let (c, p)
        where c.contains("directive") || c.contains("tag") || p.contains("directive") || p.contains("tag") || p.contains("incompatible"):
            kind = .directive
        case let (_, p) where p.contains("document indicator") || p.contains("<document start>"):
            kind = .secondDocument
        case let (_, p) where p.hasPrefix("Maximum nesting"):
            kind = .tooDeep
        default:
            kind = .other([context, problem].filter { !$0.isEmpty }.joined(separator: ", "))
        }
        findings.append(Finding(line: place.line, column: place.column, problem: .syntax(kind)))
    }

    /// Line and column (in characters) of a byte offset.
    private func position(ofByte offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        var seen = 0
        for scalar in text.unicodeScalars {
            if seen >= offset { break }
            seen += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The character at a libyaml mark (whose index counts characters).
    private func character(at mark: yaml_mark_t) -> String {
        let scalars = text.unicodeScalars
        guard let i = scalars.index(scalars.startIndex, offsetBy: Int(mark.index), limitedBy: scalars.endIndex),
            i < scalars.endIndex
        else { return "" }
        return String(scalars[i])
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
