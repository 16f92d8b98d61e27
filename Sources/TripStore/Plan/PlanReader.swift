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
}

/// Reads plan files (docs/plan-format.md) into a Delegation, reporting every problem with
/// file:line:column and a fix.
public struct PlanReader {
    let gazetteer: Gazetteer
    let fileFolders: [URL]

    /// A reader resolving places with a gazetteer (the bundled one by default); relative photo
    /// and clipping paths are looked up beside the plan file, then in `fileFolders`.
    public init(gazetteer: Gazetteer = .shared, fileFolders: [URL] = []) {
        self.gazetteer = gazetteer
        self.fileFolders = fileFolders
    }

    static let topKeys = ["tripwright", "id", "title", "plan_name", "category", "agency", "home", "start", "end", "countries",
                          "status", "contact", "report_date", "keywords", "subjects", "purpose", "summary", "reflections",
                          "suggestions", "council", "checks", "members", "headcount", "companions", "places", "events",
                          "legs", "stays", "press"]

    /// Reads a plan file.
    public func read(fileAt url: URL, displayName: String? = nil) throws(PlanErrors) -> Plan {
        let name = displayName ?? url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PlanErrors([PlanError(file: name, line: 0, column: 0, problem: .missingFile(url.path))])
        }
        return try read(text: text, fileName: name, baseDirectory: url.deletingLastPathComponent())
    }

    /// Reads plan text; `fileName` is used in messages.
    public func read(text: String, fileName: String, baseDirectory: URL) throws(PlanErrors) -> Plan {
        let ctx = PlanContext(file: fileName)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            ctx.fail(at: PlanReader.mark(of: error), .syntax(PlanReader.problem(of: error)))
            throw PlanErrors(ctx.errors)
        } catch {
            ctx.fail(nil, .syntax("\(error)"))
            throw PlanErrors(ctx.errors)
        }
        guard let root else {
            ctx.fail(nil, .missingKey("tripwright"))
            throw PlanErrors(ctx.errors)
        }
        var items = ItemReader(ctx: ctx, places: PlaceBook(context: ctx, gazetteer: gazetteer), folders: [baseDirectory] + fileFolders)
        let delegation = items.delegation(root)
        guard ctx.errors.isEmpty, let delegation else {
            throw PlanErrors(ctx.errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return Plan(delegation: delegation, baseDirectory: baseDirectory)
    }

    static func mark(of error: YamlError) -> Mark? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark
        case let .duplicatedKeysInMapping(_, context): return context.mark
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _), let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate keys: \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }
}
