import Foundation
import Hummingbird
import TripApp
import TripModel

/// A clipping's fields edited in a form (date, outlet, headline, link, language, event), read as
/// a plan's `press:` entry (`LogPress` with the clipping's id, an empty field clearing an
/// optional value) and saved as a correction the history keeps; a save against a clipping
/// changed since the form was opened saves nothing and answers 409 with both versions.
struct PressEditController: Sendable {
    let app: WebApp

    /// The form's fields (plan keys of a `press:` entry).
    static let fields = ["date", "outlet", "headline", "url", "language", "event"]

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/press/:id/edit") { _, context in try await form(context) }
        router.post("/d/:trip/press/:id/edit") { _, context in try await save(context) }
    }

    static func values(_ p: PressItem) -> [String: String] {
        [
            "date": p.date.iso, "outlet": p.outlet, "headline": p.headline ?? "", "url": p.url ?? "", "language": p.language ?? "",
            "event": p.eventID ?? "",
        ]
    }

    func form(
        _ context: WebContext,
        state: FormState? = nil,
        conflict: LoggedConflict? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let read = try await ReadPressEdit(app.context(context)).run(
            ReadPressEdit.Input(trip: try context.parameters.require("trip"), id: try context.parameters.require("id"))
        )
        let d = read.delegation
        let lang = context.lang
        let state = state ?? FormState(values: Self.values(read.item), messages: [:])
        let chosen = state.values["event"] ?? ""
        var rows: [CompareRow] = []
        if let conflict {
            func shown(_ v: LoggedValue?) -> [String: String] {
                guard case let .press(p)? = v else { return [:] }
                var values = Self.values(p)
                values["event"] = p.eventID.flatMap { id in d.events.first { $0.id == id }?.title } ?? ""
                return values
            }
            let theirs = shown(conflict.current)
            let yours = shown(conflict.attempted)
            rows = Self.fields.map { key in
                CompareRow(
                    label: FormState.label(key == "language" ? "languageTag" : key).text(lang),
                    theirs: theirs[key] ?? "",
                    yours: yours[key] ?? ""
                )
            }
        }
        let page = PressEditPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            id: read.item.id,
            form: FormView(state),
            revision: conflict?.revision ?? read.revision,
            events: d.events.map { Choice(id: $0.id, name: $0.title, selected: $0.id == chosen) },
            hasErrors: !state.messages.isEmpty,
            conflict: rows,
            hasConflict: conflict != nil
        )
        return try app.pages.render("press-edit", page, context: context, status: status)
    }

    func save(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let id = try context.parameters.require("id")
        guard let revision = context.form["revision"] else { throw WebError.missingRevision() }
        let typed = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, context.form[$0] ?? "") })
        let fields = LogPress.Fields(
            date: typed["date"],
            outlet: typed["outlet"],
            headline: typed["headline"],
            url: typed["url"],
            language: typed["language"],
            event: typed["event"]
        )
        do {
            try await LogPress(app.context(context)).run(
                LogPress.Input(trip: ReadDelegation.Input(trip: trip), id: id, fields: fields, revision: revision, storedOnly: true)
            )
        } catch {
            switch error {
            case let .refused(problems):
                let state = FormState(values: typed, problems: problems, lang: context.lang, labels: ["language": "languageTag"])
                return try await form(context, state: state, status: .unprocessableContent)
            case let .loggedConflict(conflict):
                return try await form(context, state: FormState(values: typed, messages: [:]), conflict: conflict, status: .conflict)
            case .nothingToChange:
                break
            default:
                throw error
            }
        }
        return app.redirect("/d/\(trip.pathEscaped)/press")
    }
}
