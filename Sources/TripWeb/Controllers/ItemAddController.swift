import Foundation
import Hummingbird
import TripApp
import TripModel

/// Organisers add events, legs and stays in forms (`AddItem`): the values are read as the same
/// entry of a plan file, in the delegation's context; a refused field keeps what was typed and
/// is marked with its label's words.
struct ItemAddController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/add/:kind") { _, context in try await form(context) }
        router.post("/d/:trip/add/:kind") { _, context in try await add(context) }
    }

    static func heading(_ kind: AddItem.Kind) -> Word {
        switch kind {
        case .event: .addEvent
        case .leg: .addLeg
        case .stay: .addStay
        }
    }

    func kind(_ context: WebContext) throws -> AddItem.Kind {
        guard let kind = AddItem.Kind(rawValue: try context.parameters.require("kind")) else { throw WebError.notFound("kind") }
        return kind
    }

    func form(
        _ context: WebContext,
        values: [String: String] = [:],
        problems: FieldProblems? = nil,
        message: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let kind = try kind(context)
        let d = try await app.delegation(context)
        let lang = context.lang
        var state = FormState(values: values, messages: [:])
        if let problems {
            var all = values
            for key in kind.fields where all[key] == nil { all[key] = "" }
            state = FormState(
                values: all,
                problems: problems,
                lang: lang,
                labels: ItemFields.labelNames(leg: kind == .leg)
            )
        }
        if let message { state.messages["id", default: []].append(message) }
        let fields = ItemFields.build(kind.fields, values: values, messages: state.messages, delegation: d, lang: lang, leg: kind == .leg)
        let page = ItemAddPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            heading: Self.heading(kind).text.text(lang),
            action: "/d/\(d.id.pathEscaped)/add/\(kind.rawValue)",
            fields: fields,
            hasErrors: !state.messages.isEmpty,
            general: state.messages[""] ?? []
        )
        return try app.pages.render("item-add", page, context: context, status: status)
    }

    func add(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let kind = try kind(context)
        let trip = try context.parameters.require("trip")
        var values: [String: String] = [:]
        for key in kind.fields {
            // Ticked members come as several values of one name.
            values[key] = key == "participants" ? (context.form.fields[key] ?? []).joined(separator: ",") : context.form[key] ?? ""
        }
        do {
            let id = try await AddItem(app.context(context)).run(AddItem.Input(trip: trip, kind: kind, values: values))
            return app.redirect("/d/\(trip.pathEscaped)/schedule#\(id)")
        } catch {
            switch error {
            case let .refused(problems):
                return try await form(context, values: values, problems: problems, status: .unprocessableContent)
            case let .store(.idTaken(kind, id)):
                return try await form(
                    context,
                    values: values,
                    message: StoreError.idTaken(kind: kind, id: id).text(context.lang),
                    status: .unprocessableContent
                )
            default:
                throw error
            }
        }
    }
}
