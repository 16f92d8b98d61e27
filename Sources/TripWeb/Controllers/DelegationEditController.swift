import Foundation
import Hummingbird
import TripApp
import TripModel

/// Organisers edit the delegation's header in a form (`EditHeader`): title, category, agency,
/// home, dates, contact, status and report date, read as the top of a plan file as the new
/// delegation form is; a refused field keeps what was typed and is marked in the user's words;
/// a save against a header changed since the form was opened saves nothing and answers 409 with
/// both. The purpose and the report's prose are edited with the report.
struct DelegationEditController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/edit") { _, context in try await form(context) }
        router.post("/d/:trip/edit") { _, context in try await save(context) }
    }

    func form(
        _ context: WebContext,
        state: FormState? = nil,
        conflict: EditConflict<[String: String]>? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let stored = try await EditHeader(app.context(context)).form(trip: try context.parameters.require("trip"))
        let d = stored.delegation
        let lang = context.lang
        let state = state ?? FormState(values: stored.values, messages: [:])
        let v = state.values
        func shown(_ values: [String: String], _ key: String) -> String {
            let value = values[key] ?? ""
            switch key {
            case "category": return TripCategory(rawValue: value)?.name(lang) ?? value
            case "status": return DelegationStatus(rawValue: value)?.name(lang) ?? value
            case "contact": return d.member(value)?.name ?? value
            default: return value
            }
        }
        let page = DelegationEditPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            form: FormView(state),
            revision: conflict?.revision ?? stored.revision,
            categories: TripCategory.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == v["category"]) },
            statuses: DelegationStatus.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == v["status"]) },
            contacts: d.members.map { Choice(id: $0.id, name: $0.name, selected: $0.id == v["contact"]) },
            hasErrors: !state.messages.isEmpty,
            conflict: conflict.map { c in
                TripDatabase.headerFields.map { key in
                    CompareRow(
                        label: FormState.label(Self.labels[key] ?? key).text(lang),
                        theirs: shown(c.current, key),
                        yours: shown(c.attempted, key)
                    )
                }
            } ?? [],
            hasConflict: conflict != nil
        )
        return try app.pages.render("delegation-edit", page, context: context, status: status)
    }

    /// The `Word` naming each field whose label is not its plan key's default.
    static let labels: [String: String] = NewDelegationController.labels.merging(["contact": "contactPerson"]) { a, _ in a }

    func save(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let trip = try context.parameters.require("trip")
        guard let revision = context.form["revision"] else { throw WebError.missingRevision() }
        let typed = Dictionary(uniqueKeysWithValues: TripDatabase.headerFields.map { ($0, context.form[$0] ?? "") })
        do {
            try await EditHeader(app.context(context)).run(EditHeader.Input(trip: trip, revision: revision, values: typed))
            return app.redirect("/d/\(trip.pathEscaped)")
        } catch {
            switch error {
            case let .refused(problems):
                let state = FormState(values: typed, problems: problems, lang: context.lang, labels: Self.labels)
                return try await form(context, state: state, status: .unprocessableContent)
            case let .headerConflict(conflict):
                return try await form(context, state: FormState(values: typed, messages: [:]), conflict: conflict, status: .conflict)
            default:
                throw error
            }
        }
    }
}
