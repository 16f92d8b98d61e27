import Foundation
import Mustache
import TripModel

/// Reading a templates folder's files: JSON kinds and styles, Mustache texts, and where in a
/// file each problem is.
extension TemplateSet {
    /// Text, not HTML: writers escape every string for their own format.
    static let contentType = "{{% CONTENT_TYPE: TEXT}}"

    /// A Mustache text parsed, or where and why it does not parse (line and column in the text).
    static func parse(_ text: String) throws(MustacheFailure) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: contentType + text)
        } catch let error as MustacheTemplate.ParserError {
            // The first line carries the content-type tag, which is not the author's.
            let column =
                error.context.lineNumber == 1
                ? error.context.columnNumber - contentType.count : error.context.columnNumber
            throw MustacheFailure(line: error.context.lineNumber, column: max(column, 1), syntax: syntax(of: error.error))
        } catch {
            throw MustacheFailure(line: 0, column: 0, syntax: syntax(of: error))
        }
    }

    /// The parser's error as a mistake an author can look for.
    static func syntax(of error: any Error) -> TemplateProblem.MustacheSyntax {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: .sectionCloseNameIncorrect
        case MustacheTemplate.Error.unfinishedName: .unfinishedName
        case MustacheTemplate.Error.expectedSectionEnd: .expectedSectionEnd
        // The parser ran past the end of the text looking for a tag's `}}` (its internal
        // `Parser.Error.overflow`).
        case _ where "\(error)" == "overflow": .unfinishedName
        default: .other("\(error)")
        }
    }

    /// Parses every Mustache text of a kind and checks every list a cover line repeats over.
    static func check(
        _ kind: ReportKind,
        file: URL,
        text fileText: String,
        parsed: inout [String: MustacheTemplate],
        into problems: inout [TemplateProblem]
    ) {
        let location = KindFileLocation(text: fileText)
        for (path, text) in kind.texts where parsed[text] == nil {
            do {
                parsed[text] = try parse(text)
            } catch {
                // The character the parser stopped at, as an offset into the text.
                let lines = text.components(separatedBy: "\n")
                let before = lines.prefix(max(error.line - 1, 0)).reduce(0) { $0 + $1.count + 1 }
                let offset = before + max(error.column - 1, 0)
                let at = location.position(ofCharacter: offset, inStringAt: path, decoded: text)
                problems.append(
                    TemplateProblem(
                        file: file.path,
                        key: KindFileLocation.name(of: path),
                        line: at?.line ?? 0,
                        column: at?.column ?? 0,
                        reason: .mustache(error.syntax)
                    )
                )
            }
        }
        for (i, line) in kind.cover.enumerated() {
            guard let each = line.each, !ReportView.lists.contains(each) else { continue }
            let path: [KindFileLocation.Step] = [.key("cover"), .index(i), .key("each")]
            let at = location.position(of: path)
            problems.append(
                TemplateProblem(
                    file: file.path,
                    key: KindFileLocation.name(of: path),
                    line: at?.line ?? 0,
                    column: at?.column ?? 0,
                    reason: .unknownList(each, known: ReportView.lists)
                )
            )
        }
    }

    /// A JSON file decoded, with its text, or nil with its problem added: where it is and what
    /// is wrong.
    static func decode<T: Decodable>(_ url: URL, into problems: inout [TemplateProblem]) -> (value: T, text: String)? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            problems.append(TemplateProblem(file: url.path, reason: .unreadable(FileProblem.of(error))))
            return nil
        }
        do {
            return (try JSONDecoder().decode(T.self, from: data), String(decoding: data, as: UTF8.self))
        } catch let error as DecodingError {
            problems.append(problem(error, file: url, text: String(decoding: data, as: UTF8.self)))
        } catch {
            problems.append(TemplateProblem(file: url.path, reason: .notJSON))
        }
        return nil
    }

    /// What a decoding error says, placed in the file.
    static func problem(_ error: DecodingError, file: URL, text: String) -> TemplateProblem {
        let location = KindFileLocation(text: text)
        func at(_ codingPath: [any CodingKey], _ reason: TemplateProblem.Reason) -> TemplateProblem {
            let path = KindFileLocation.path(codingPath)
            let position = location.position(of: path)
            return TemplateProblem(
                file: file.path,
                key: path.isEmpty ? nil : KindFileLocation.name(of: path),
                line: position?.line ?? 0,
                column: position?.column ?? 0,
                reason: reason
            )
        }
        switch error {
        case let .keyNotFound(key, context):
            return at(context.codingPath, .missingKey(key.stringValue))
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            return at(context.codingPath, .wrongType(expected: "\(type)"))
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            let (line, column) = jsonPosition(context.underlyingError, text: text)
            return TemplateProblem(file: file.path, line: line, column: column, reason: .notJSON)
        case let .dataCorrupted(context):
            let path = KindFileLocation.path(context.codingPath)
            let value = location.node(at: path)?.string ?? ""
            return at(context.codingPath, .badValue(value, allowed: allowedWords(for: path.last)))
        @unknown default:
            return TemplateProblem(file: file.path, reason: .notJSON)
        }
    }

    /// The words a key takes, for the message about one it does not.
    static func allowedWords(for step: KindFileLocation.Step?) -> [String] {
        switch step {
        case .key("fill"): Filler.allCases.map(\.rawValue)
        case .key("style"): CoverLine.Style.allCases.map(\.rawValue)
        default: []
        }
    }

    /// Where a text that is not JSON goes wrong: `around line 3, column 5` when Foundation's
    /// JSON error says so, else where libYAML stops reading it as YAML (JSON is YAML).
    static func jsonPosition(_ error: (any Error)?, text: String) -> (line: Int, column: Int) {
        let said = error.map { "\(($0 as NSError).userInfo[NSDebugDescriptionErrorKey] ?? "")" } ?? ""
        func number(after word: String) -> Int {
            guard let range = said.range(of: word) else { return 0 }
            return Int(said[range.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        let line = number(after: "line ")
        let column = number(after: "column ")
        if line > 0 { return (line, max(column, 1)) }
        guard let mark = KindFileLocation(text: text).syntaxErrorMark() else { return (0, 0) }
        return KindFileLocation(text: text).position(line: mark.line, scalarColumn: mark.column)
    }
}
