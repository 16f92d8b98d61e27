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

    /// The label (`Word`) of each plan key of these forms.
    static let labels: [String: Word] = [
        "title": .titleLabel, "kind": .kindLabel, "date": .date, "start": .start, "end": .end, "place": .place, "host": .host,
        "participants": .participants, "id": .idLabel, "mode": .mode, "number": .flightNumber, "carrier": .carrier, "from": .from,
        "depart": .depart, "to": .to, "arrive": .arrive, "remark": .remark, "check_in": .checkIn, "check_out": .checkOut,
        "booking": .booking,
    ]

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
        try Access.requireOrganiser(context.requester)
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
                labels: Dictionary(uniqueKeysWithValues: Self.labels.map { ($0.key, $0.value.rawValue) })
            )
        }
        if let message { state.messages["id", default: []].append(message) }
        let fields = kind.fields.map { key -> ItemAddPage.Field in
            let value = values[key] ?? ""
            var choices: [Choice]?
            var members: [Choice]?
            var type: String? = "text"
            var placeholder: String?
            var help: String?
            switch key {
            case "kind":
                let chosen = value.isEmpty ? EventKind.visit.rawValue : value
                choices = EventKind.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == chosen) }
            case "mode":
                let chosen = value.isEmpty ? TransportMode.flight.rawValue : value
                choices = TransportMode.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == chosen) }
            case "participants":
                let ticked = Set(value.split(separator: ",").map(String.init))
                members = d.members.map { Choice(id: $0.id, name: $0.name, selected: ticked.contains($0.id)) }
                help = Word.participantsHelp.text.text(lang)
            case "date", "check_in", "check_out":
                type = "date"
            case "start", "end":
                placeholder = "09:30"
            case "depart", "arrive":
                placeholder = "2026-03-10 23:40"
                help = Word.localTimeHelp.text.text(lang)
            case "place", "from", "to":
                placeholder = kind == .leg ? "TPE" : nil
                help = Word.placeHelp.text.text(lang)
            case "id":
                help = Word.idHelp.text.text(lang)
            default:
                break
            }
            if choices != nil || members != nil { type = nil }
            let errors = state.messages[key] ?? []
            return ItemAddPage.Field(
                name: key,
                label: (Self.labels[key]?.text ?? LocalizedText(zh: key, en: key)).text(lang),
                value: value,
                placeholder: placeholder,
                type: type,
                choices: choices,
                select: choices != nil,
                members: members,
                checkboxes: members != nil,
                placeSearch: ["place", "from", "to"].contains(key),
                help: help,
                invalid: !errors.isEmpty,
                errors: errors
            )
        }
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
        try Access.requireOrganiser(context.requester)
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
