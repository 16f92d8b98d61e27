import Foundation
import Yams

/// Where a value of a kind file is, for messages: JSON is read by `JSONDecoder`, which says what
/// is wrong but not where, so the file is composed once more with Yams (JSON is YAML) only when
/// something is wrong, and its node marks give the line and column.
struct KindFileLocation {
    /// One step of a path into a kind file: a key, or an index in a list.
    enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The file's text.
    let text: String

    /// `sections[3].children[0].title`.
    static func name(of path: [Step]) -> String {
        var out = ""
        for step in path {
            switch step {
            case let .key(k): out += (out.isEmpty ? "" : ".") + k
            case let .index(i): out += "[\(i)]"
            }
        }
        return out
    }

    /// The path of a decoding error's coding path.
    static func path(_ codingPath: [any CodingKey]) -> [Step] {
        codingPath.map { key in key.intValue.map(Step.index) ?? .key(key.stringValue) }
    }

    /// The node at a path; nil when the text does not compose (it decoded, so it does) or the
    /// path is not in it.
    func node(at path: [Step]) -> Node? {
        // Best effort by design: a location that cannot be found leaves the message without one.
        guard var node = try? Yams.compose(yaml: KindFileLocation.withoutSurrogateEscapes(text)) else { return nil }
        for step in path {
            switch step {
            case let .key(k):
                guard let value = node.mapping?.first(where: { $0.key.string == k })?.value else { return nil }
                node = value
            case let .index(i):
                guard let list = node.sequence, list.indices.contains(i) else { return nil }
                node = list[i]
            }
        }
        return node
    }

    /// Line and column (in characters, from 1) of the value at a path.
    func position(of path: [Step]) -> (line: Int, column: Int)? {
        guard let mark = node(at: path)?.mark else { return nil }
        return position(line: mark.line, scalarColumn: mark.column)
    }

    /// Line and column of the character at `offset` (in characters of the decoded text) of the
    /// string value at a path: the JSON string is walked from its opening quote, its escapes
    /// (`\n`, `\"`, `\u5B57`, surrogate pairs) each counted as the one character they stand for.
    func position(ofCharacter offset: Int, inStringAt path: [Step], decoded: String) -> (line: Int, column: Int)? {
        guard let mark = node(at: path)?.mark else { return nil }
        let lines = text.components(separatedBy: "\n")
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        var i = mark.column - 1
        guard i >= 0, i < scalars.count, scalars[i] == "\"" else { return position(line: mark.line, scalarColumn: mark.column) }
        i += 1
        // The decoded scalars before the character, so a grapheme of several scalars counts once.
        var left = String(decoded.prefix(offset)).unicodeScalars.count
        while left > 0, i < scalars.count, scalars[i] != "\"" {
            if scalars[i] == "\\" {
                let isUnicode = i + 1 < scalars.count && scalars[i + 1] == "u"
                if isUnicode, i + 11 < scalars.count, scalars[i + 6] == "\\", scalars[i + 7] == "u",
                    let high = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16), (0xD800...0xDBFF).contains(high)
                {
                    i += 12
                } else {
                    i += isUnicode ? 6 : 2
                }
            } else {
                i += 1
            }
            left -= 1
        }
        return position(line: mark.line, scalarColumn: i + 1)
    }

    /// JSON writes a character beyond the BMP as two surrogate escapes (`\uD83D\uDE00`), which libYAML
    /// refuses; each becomes `\u0058` (as long, so every mark stays where it was).
    static func withoutSurrogateEscapes(_ text: String) -> String {
        guard text.contains("\\u") else { return text }
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 5 < scalars.count {
            if scalars[i] == "\\" {
                if scalars[i + 1] == "u", ["d", "D"].contains(scalars[i + 2]), "89abcdefABCDEF".unicodeScalars.contains(scalars[i + 3]) {
                    scalars.replaceSubrange(i..<(i + 6), with: "\\u0058".unicodeScalars)
                    i += 6
                } else {
                    i += 2  // An escaped character, perhaps a backslash: skip both.
                }
            } else {
                i += 1
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Where libYAML stops reading the text, when it does not read: the place a JSON text that
    /// JSONDecoder refused goes wrong.
    func syntaxErrorMark() -> Mark? {
        do {
            _ = try Yams.compose(yaml: KindFileLocation.withoutSurrogateEscapes(text))
            return nil
        } catch let YamlError.scanner(_, _, mark, _), let YamlError.parser(_, _, mark, _), let YamlError.composer(_, _, mark, _) {
            return mark
        } catch {
            return nil
        }
    }

    /// A libYAML column (unicode scalars, from 1) as characters, from 1.
    func position(line: Int, scalarColumn: Int) -> (line: Int, column: Int) {
        let lines = text.components(separatedBy: "\n")
        guard line >= 1, line <= lines.count else { return (line, scalarColumn) }
        let scalars = lines[line - 1].unicodeScalars
        let prefix = String(String.UnicodeScalarView(scalars.prefix(max(0, scalarColumn - 1))))
        return (line, prefix.count + 1)
    }
}
