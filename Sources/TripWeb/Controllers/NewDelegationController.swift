import Foundation
import Hummingbird
import TripApp
import TripModel

/// A delegation started in the browser: its header and its leader in one form, read by the
/// plan reader as the top of a plan file (`CreateDelegation`); a refused field keeps what was
/// typed and is marked with its label's words, never the plan key.
struct NewDelegationController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/plan/new") { _, context in try await form(context) }
        router.post("/plan/new") { _, context in try await create(context) }
    }

    /// The form's field names: the header's plan keys, and `leader_KEY` for the leader's.
    static var fieldNames: [String] {
        CreateDelegation.headerFields + CreateDelegation.memberFields.map { "leader_\($0)" }
    }

    /// The label (`Word`) of each field whose label is not the default one for its name.
    static let labels: [String: String] = [
        "title": "planTitle", "home": "home", "start": "firstDay", "end": "lastDay", "purpose": "purpose", "report_date": "reportDate",
        "id": "tripID", "leader_name": "name", "leader_title": "jobTitle", "leader_unit": "unit", "leader_rank": "rank",
        "leader_email": "email", "leader_id": "idLabel", "members": "leader",
    ]

    func form(_ context: WebContext, state: FormState? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        try Access.requireOrganiser(context.requester)
        let lang = context.lang
        let state =
            state ?? FormState(values: ["category": TripCategory.study.rawValue, "status": DelegationStatus.planning.rawValue], messages: [:])
        let category = state.values["category"] ?? ""
        let chosenStatus = state.values["status"] ?? ""
        let page = NewDelegationPage(
            form: FormView(state),
            categories: TripCategory.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == category) },
            statuses: DelegationStatus.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == chosenStatus) },
            hasErrors: !state.messages.isEmpty
        )
        return try app.pages.render("delegation-new", page, context: context, status: status)
    }

    func create(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester)
        let typed = Dictionary(uniqueKeysWithValues: Self.fieldNames.map { ($0, context.form[$0] ?? "") })
        var header: [String: String] = [:]
        var leader: [String: String] = [:]
        for key in CreateDelegation.headerFields { header[key] = typed[key] }
        for key in CreateDelegation.memberFields { leader[key] = typed["leader_\(key)"] }
        do {
            let id = try await CreateDelegation(app.context(context)).run(CreateDelegation.Input(header: header, leader: leader))
            return app.redirect("/d/\(id.pathEscaped)")
        } catch {
            switch error {
            case let .refused(problems):
                // The reader marks the leader's values as `members.0.KEY`; the form names them `leader_KEY`.
                var field: [String: String] = [:]
                for key in CreateDelegation.memberFields + ["role"] { field["members.0.\(key)"] = "leader_\(key)" }
                field["contact"] = "leader_id"
                let state = FormState(values: typed, problems: problems, lang: context.lang, field: field, labels: Self.labels)
                return try await form(context, state: state, status: .unprocessableContent)
            case let .store(.idTaken(_, id)):
                var state = FormState(values: typed, messages: [:])
                state.messages["id"] = [StoreError.idTaken(kind: "delegation", id: id).text(context.lang)]
                return try await form(context, state: state, status: .unprocessableContent)
            default:
                throw error
            }
        }
    }
}
