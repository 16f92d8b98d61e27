import Foundation
import Mustache
import TripModel

/// The report kinds, text snippets and reference styles read from a templates folder (Templates/ in the repository, bundled as a resource; `--templates DIR` overrides).
public struct TemplateSet: Sendable {
    /// The folder read.
    public let folder: URL
    /// Report kinds by id.
    public let kinds: [String: ReportKind]
    /// Reference styles: page, fonts, sizes.
    public let styles: StyleSheet
    private let snippets: [String: MustacheTemplate]
    /// The kinds' Mustache texts, parsed when read, by their text.
    private let texts: [String: MustacheTemplate]

    /// Reads every kind, snippet and style in `folder`, checking every Mustache text. Throws
    /// every problem found, each with its file, key, line and column.
    public init(folder: URL) throws(ReportError) {
        self.folder = folder
        let fm = FileManager.default
        let kindsDir = folder.appendingPathComponent("kinds")
        let kindFiles: [String]
        do {
            kindFiles = try fm.contentsOfDirectory(atPath: kindsDir.path)
        } catch {
            throw .templates([TemplateProblem(file: folder.path, reason: .noKindsFolder)])
        }
        var problems: [TemplateProblem] = []
        var kinds: [String: ReportKind] = [:]
        var texts: [String: MustacheTemplate] = [:]
        for name in kindFiles.sorted() where name.hasSuffix(".json") {
            let url = kindsDir.appendingPathComponent(name)
            guard let (kind, text): (ReportKind, String) = TemplateSet.decode(url, into: &problems) else { continue }
            kinds[kind.id] = kind
            TemplateSet.check(kind, file: url, text: text, parsed: &texts, into: &problems)
        }
        var snippets: [String: MustacheTemplate] = [:]
        let snippetDir = folder.appendingPathComponent("snippets")
        let snippetFiles: [String]
        do {
            snippetFiles = try fm.contentsOfDirectory(atPath: snippetDir.path)
        } catch {
            snippetFiles = []
            problems.append(TemplateProblem(file: snippetDir.path, reason: .unreadable(FileProblem.of(error))))
        }
        for name in snippetFiles.sorted() where name.hasSuffix(".mustache") {
            let url = snippetDir.appendingPathComponent(name)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                problems.append(TemplateProblem(file: url.path, reason: .unreadable(FileProblem.of(error))))
                continue
            }
            do {
                snippets[String(name.dropLast(".mustache".count))] = try TemplateSet.parse(text)
            } catch {
                problems.append(TemplateProblem(file: url.path, line: error.line, column: error.column, reason: .mustache(error.syntax)))
            }
        }
        let styles: (value: StyleSheet, text: String)? = TemplateSet.decode(folder.appendingPathComponent("styles/reference.json"), into: &problems)
        guard problems.isEmpty, let styles = styles?.value else { throw .templates(problems) }
        self.kinds = kinds
        self.snippets = snippets
        self.texts = texts
        self.styles = styles
    }

    /// The templates named by `explicit`, else `$TRIPWRIGHT_TEMPLATES`, else the bundled copy.
    public static func locate(_ explicit: URL? = nil) throws(ReportError) -> TemplateSet {
        if let explicit { return try TemplateSet(folder: explicit) }
        if let env = ProcessInfo.processInfo.environment["TRIPWRIGHT_TEMPLATES"], !env.isEmpty {
            return try TemplateSet(folder: URL(fileURLWithPath: env))
        }
        guard let found = bundledFolder() else {
            throw .templates([TemplateProblem(file: "(bundled)", reason: .notFound)])
        }
        return try TemplateSet(folder: found)
    }

    /// The Templates resource copied beside the executable by SwiftPM, else a Templates/ folder
    /// in the current folder or above (a source checkout). Never crashes when none is there.
    static func bundledFolder() -> URL? {
        let fm = FileManager.default
        let exe = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")).resolvingSymlinksInPath()
        let dir = exe.deletingLastPathComponent()
        var candidates = [
            dir.appendingPathComponent("Tripwright_TripReport.resources/Templates"),
            dir.appendingPathComponent("Tripwright_TripReport.bundle/Templates"),
            dir.appendingPathComponent("Tripwright_TripReport.bundle/Contents/Resources/Templates"),
        ]
        if let main = Bundle.main.resourceURL {
            candidates.append(main.appendingPathComponent("Tripwright_TripReport.bundle/Templates"))
        }
        var up = URL(fileURLWithPath: fm.currentDirectoryPath)
        for _ in 0..<6 {
            candidates.append(up.appendingPathComponent("Templates"))
            up = up.deletingLastPathComponent()
        }
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("kinds").path) }
    }

    /// The kind with an id, or an error listing the known ones.
    public func kind(_ id: String) throws(ReportError) -> ReportKind {
        guard let kind = kinds[id] else { throw .unknownKind(id, known: kinds.keys.sorted()) }
        return kind
    }

    /// Renders a snippet with its values; a missing snippet is an error naming the file expected.
    func render(_ snippet: Snippet, _ view: some TemplateView) throws(ReportError) -> String {
        guard let template = snippets[snippet.rawValue] else {
            throw .templates([TemplateProblem(file: folder.appendingPathComponent(snippet.path).path, reason: .missingSnippet)])
        }
        return template.render(view)
    }

    /// Renders one of the kinds' texts (checked when the templates were read).
    func render(text: String, _ view: some TemplateView) throws(ReportError) -> String {
        if let template = texts[text] { return template.render(view) }
        do {
            return try TemplateSet.parse(text).render(view)
        } catch {
            throw .templates([
                TemplateProblem(
                    file: folder.appendingPathComponent("kinds").path,
                    line: error.line,
                    column: error.column,
                    reason: .mustache(error.syntax)
                )
            ])
        }
    }
}
