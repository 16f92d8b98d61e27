import Foundation
import Mustache

/// The report kinds, text snippets and reference styles read from a templates folder (Templates/ in the repository, bundled as a resource; `--templates DIR` overrides).
public struct TemplateSet: Sendable {
    /// The folder read.
    public let folder: URL
    /// Report kinds by id.
    public let kinds: [String: ReportKind]
    /// Reference styles: page, fonts, sizes.
    public let styles: StyleSheet
    private let snippets: [String: MustacheTemplate]

    /// Reads every kind, snippet and style in `folder`. Throws with the file and the problem.
    public init(folder: URL) throws(ReportError) {
        self.folder = folder
        let fm = FileManager.default
        let kindsDir = folder.appendingPathComponent("kinds")
        guard let kindFiles = try? fm.contentsOfDirectory(atPath: kindsDir.path) else {
            throw .templates(folder.path, "no kinds/ folder; expected kinds/*.json, snippets/*.mustache, styles/reference.json")
        }
        var kinds: [String: ReportKind] = [:]
        for name in kindFiles.sorted() where name.hasSuffix(".json") {
            let kind: ReportKind = try TemplateSet.decode(kindsDir.appendingPathComponent(name))
            kinds[kind.id] = kind
        }
        var snippets: [String: MustacheTemplate] = [:]
        let snippetDir = folder.appendingPathComponent("snippets")
        for name in ((try? fm.contentsOfDirectory(atPath: snippetDir.path)) ?? []).sorted() where name.hasSuffix(".mustache") {
            let url = snippetDir.appendingPathComponent(name)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            snippets[String(name.dropLast(".mustache".count))] = try TemplateSet.parse(text, file: url.path)
        }
        self.kinds = kinds
        self.snippets = snippets
        self.styles = try TemplateSet.decode(folder.appendingPathComponent("styles/reference.json"))
    }

    /// The templates named by `explicit`, else `$TRIPWRIGHT_TEMPLATES`, else the bundled copy.
    public static func locate(_ explicit: URL? = nil) throws(ReportError) -> TemplateSet {
        if let explicit { return try TemplateSet(folder: explicit) }
        if let env = ProcessInfo.processInfo.environment["TRIPWRIGHT_TEMPLATES"], !env.isEmpty {
            return try TemplateSet(folder: URL(fileURLWithPath: env))
        }
        guard let found = bundledFolder() else {
            throw .templates("(bundled)", "the Templates folder was not found beside the program or in the current folder; pass --templates DIR")
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

    /// Renders a snippet by name; a missing snippet is an error naming the file expected.
    public func render(snippet name: String, _ context: [String: Any]) throws(ReportError) -> String {
        guard let template = snippets[name] else {
            throw .templates(folder.path, "snippets/\(name).mustache is missing")
        }
        return template.render(context)
    }

    /// Renders an inline Mustache text taken from a kind file.
    public func render(text: String, _ context: [String: Any]) throws(ReportError) -> String {
        try TemplateSet.parse(text, file: "kind text").render(context)
    }

    static func parse(_ text: String, file: String) throws(ReportError) -> MustacheTemplate {
        do {
            // Text, not HTML: writers escape every string for their own format.
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch {
            throw .templates(file, "Mustache syntax: \(error)")
        }
    }

    static func decode<T: Decodable>(_ url: URL) throws(ReportError) -> T {
        guard let data = try? Data(contentsOf: url) else { throw .templates(url.path, "cannot be read") }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw .templates(url.path, "invalid: \(error)")
        }
    }
}
