import Foundation
import Gazetteer
import TripModel
import Yams

/// A plan read from a file: the delegation and the folder its relative paths start from.
public struct Plan: Sendable {
    /// The delegation the file describes.
    public var delegation: Delegation
    /// The folder of the plan file (photos and press images are relative to it).
    public var baseDirectory: URL
    /// Each photo and clipping path as written, with the file the reader checked it names.
    public var files: [String: URL] = [:]
}

/// Reads plan files (docs/plan-format.md) into a Delegation, reporting every problem with
/// file:line:column and a fix. It is the one validation of a plan, whoever reads it: `check`,
/// `import` and the web upload refuse the same files for the same reasons, and whatever the
/// database would refuse is refused here first.
public struct PlanReader {
    let gazetteer: Gazetteer
    let policy: PlanFilePolicy

    /// A reader resolving places with a gazetteer (the bundled one by default), and the files a
    /// plan names under `files` (by default: beside the plan only, never outside its folder).
    public init(gazetteer: Gazetteer = .shared, files: PlanFilePolicy = .commandLine(dataFolder: nil)) {
        self.gazetteer = gazetteer
        self.policy = files
    }

    static let topKeys = [
        "tripwright", "id", "title", "plan_name", "category", "agency", "home", "start", "end", "countries",
        "status", "contact", "report_date", "keywords", "subjects", "purpose", "summary", "reflections",
        "suggestions", "council", "checks", "members", "headcount", "companions", "places", "events",
        "legs", "stays", "press", "outline",
    ]

    /// Reads a plan file.
    public func read(fileAt url: URL, displayName: String? = nil) throws(PlanErrors) -> Plan {
        let name = displayName ?? url.path
        let text = try PlanSource.text(at: url, name: name)
        return try read(text: text, fileName: name, baseDirectory: url.deletingLastPathComponent())
    }

    /// Reads the bytes of a plan (a web upload): UTF-8, with or without a byte-order mark.
    public func read(data: Data, fileName: String, baseDirectory: URL) throws(PlanErrors) -> Plan {
        let text = try PlanSource.text(of: data, name: fileName)
        return try read(text: text, fileName: fileName, baseDirectory: baseDirectory)
    }

    /// Reads plan text; `fileName` is used in messages.
    public func read(text: String, fileName: String, baseDirectory: URL) throws(PlanErrors) -> Plan {
        let ctx = PlanContext(file: fileName)
        let limit = PlanLimits.expansionLimit(sourceBytes: text.utf8.count)
        let findings = YAMLPrepass.check(text, expansionLimit: limit)
        guard findings.isEmpty else {
            for f in findings { ctx.fail(line: f.line, column: f.column, f.problem) }
            throw ctx.result
        }
        let root: Node?
        do {
            // The basic resolver: every value is read as text and parsed by its key (dates,
            // times, numbers), and Yams need not match each key against its regular expressions
            // when it hashes the keys of a mapping (524,288 keys took 10 s that way).
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            // The prepass reads the same events; a failure here is one it does not know.
            ctx.fail(
                line: PlanReader.mark(of: error)?.line ?? 1,
                column: PlanReader.mark(of: error)?.column ?? 1,
                .syntax(.other("\(error)"))
            )
            throw ctx.result
        }
        guard let root else {
            ctx.fail(line: 1, column: 1, .file(.empty))
            throw ctx.result
        }
        let files = PlanFileLookup(planFolder: baseDirectory, policy: policy)
        var items = ItemReader(ctx: ctx, places: PlaceBook(context: ctx, gazetteer: gazetteer), files: files)
        let delegation = items.delegation(root)
        guard ctx.errors.isEmpty, let delegation else { throw ctx.result }
        return Plan(delegation: delegation, baseDirectory: baseDirectory, files: files.resolved)
    }

    static func mark(of error: any Error) -> Mark? {
        switch error as? YamlError {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark
        case let .duplicatedKeysInMapping(_, context): return context.mark
        default: return nil
        }
    }
}
