import Foundation
import Hummingbird
import TripApp
import TripModel

/// A report's outline and its drag-free controls: each button is one `ChangeOutline` with the
/// revision the page showed; a stale page saves nothing and comes back with 409 and the outline
/// as it is now.
struct OutlineController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/outline/:kind") { _, context in try await page(context) }
        router.post("/d/:trip/outline/:kind") { _, context in try await change(context) }
    }

    func page(_ context: WebContext, message: LocalizedText? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let trip = try context.parameters.require("trip")
        let kind = try context.parameters.require("kind")
        let read = try await ReadOutline(app.context(context)).run(ReadOutline.Input(trip: trip, kind: kind))
        let lang = context.lang
        var sections: [OutlinePage.Section] = []
        func walk(_ list: [OutlineSection], _ prefix: [Int]) {
            for (i, s) in list.enumerated() {
                let path = OutlinePath(prefix + [i + 1])
                let titles = s.events.compactMap { id in read.delegation.events.first { $0.id == id }?.title }
                sections.append(
                    OutlinePage.Section(
                        path: path.description,
                        depth: prefix.count + 1,
                        heading: s.heading ?? titles.joined(separator: "、"),
                        ownHeading: s.heading ?? "",
                        visits: s.heading == nil ? "" : titles.joined(separator: "、"),
                        hidden: !s.inBody,
                        first: i == 0,
                        last: i == list.count - 1,
                        splittable: s.events.count > 1,
                        ownText: s.text ?? "",
                        drafted: OutlineController.drafted(s, in: read.delegation, lang: lang)
                    )
                )
                walk(s.sections, prefix + [i + 1])
            }
        }
        walk(read.outline.sections, [])
        let page = OutlinePage(
            trip: TripHeader(read.delegation, requester: context.requester, lang: lang),
            kind: read.kind.id,
            kindName: read.kind.name.text(lang),
            revision: read.revision,
            message: message?.text(lang),
            sections: sections
        )
        return try app.pages.render("outline", page, context: context, status: status)
    }

    func change(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let trip = try context.parameters.require("trip")
        let kind = try context.parameters.require("kind")
        // A revision the page did not send, or one that is not a small number, is a stale or
        // forged form: never a trap, never a change.
        guard let text = context.form["revision"], text.count <= 9, let revision = Int(text), revision >= 0 else {
            throw WebError.missingRevision(retry: true)
        }
        guard let path = context.form["section"].flatMap(OutlinePath.init(text:)) else {
            return try await page(context, message: OutlineController.noSection, status: .unprocessableContent)
        }
        let change: OutlineChange
        switch context.form["action"] ?? "" {
        case "up": change = .moveUp(path)
        case "down": change = .moveDown(path)
        case "merge": change = .mergeWithNext(path)
        case "split": change = .split(path)
        case "hide": change = .show(path, false)
        case "show": change = .show(path, true)
        case "rename": change = .rename(path, context.form["heading"])
        case "text": change = .text(path, context.form["text"])
        default: return try await page(context, message: OutlineController.noAction, status: .unprocessableContent)
        }
        let useCase = ChangeOutline(app.context(context))
        let failure: AppError?
        do {
            _ = try await useCase.run(ChangeOutline.Input(trip: trip, kind: kind, revision: revision, change: change))
            failure = nil
        } catch {
            failure = error
        }
        if let failure {
            guard case let .outline(problem) = failure else { throw failure }
            let status: HTTPResponse.Status =
                OutlineController.isStale(problem)
                ? .conflict : .unprocessableContent
            return try await page(context, message: problem.message, status: status)
        }
        return app.redirect("/d/\(trip.pathEscaped)/outline/\(kind.pathEscaped)")
    }

    /// A section's drafted text: its visits' notes, or that a prompt stands in their place.
    static func drafted(_ s: OutlineSection, in d: Delegation, lang: Lang) -> String {
        let notes = s.events.compactMap { id in d.events.first { $0.id == id } }.flatMap { $0.notes.map(\.text) }
        if !notes.isEmpty { return notes.joined(separator: "\n\n") }
        if s.events.isEmpty { return "" }
        return LocalizedText(zh: "（尚無紀錄：報告中會是【待填】提示）", en: "(no notes yet: the report shows a 【待填】 prompt)").text(lang)
    }

    /// True when the page was made from an outline changed since.
    static func isStale(_ problem: OutlineProblem) -> Bool {
        if case .changedMeanwhile = problem { return true }
        return false
    }

    static let noSection = LocalizedText(zh: "表單沒有指定段落，請重新整理頁面後再試。", en: "The form names no section; reload the page and try again.")
    static let noAction = LocalizedText(zh: "表單沒有指定動作，請重新整理頁面後再試。", en: "The form names no action; reload the page and try again.")
}
