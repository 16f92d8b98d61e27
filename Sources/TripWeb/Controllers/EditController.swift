import Foundation
import Hummingbird
import TripApp
import TripModel

/// Organisers edit members and events in forms. A save changes only the rows the form shows, in
/// one transaction, and only when they still hold the values the form was opened with (its
/// revision): a stale form gets a 409 page with both versions instead of overwriting, and what
/// was logged meanwhile (people met, notes, photos) is never touched. Values are read by the
/// plan reader (in the use cases), exactly as the same keys in a plan file; a refused value
/// keeps what was typed and marks its field.
struct EditController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/members/edit") { _, context in try await membersForm(context) }
        router.post("/d/:trip/members/edit") { _, context in try await saveMembers(context) }
        router.get("/d/:trip/members/:member/remove") { _, context in try await removalPage(context) }
        router.post("/d/:trip/members/:member/remove") { _, context in try await removeMember(context) }
        router.get("/d/:trip/e/:event/edit") { _, context in try await eventForm(context) }
        router.post("/d/:trip/e/:event/edit") { _, context in try await saveEvent(context) }
    }

    // MARK: Event

    /// The form's values for an event as stored: a start known only by its part of the day
    /// shows that part (下午), an end known only by its date shows the date, so a form saved as
    /// shown keeps them.
    static func formValues(_ e: Event) -> [String: String] {
        var end = ""
        if let m = e.end {
            if let t = m.localTime { end = m.date == e.date ? t.description : "\(m.date.iso) \(t)" } else { end = m.date.iso }
        }
        return [
            "title": e.title, "kind": e.kind.rawValue, "date": e.date.iso, "start": e.start.localTime?.description ?? e.start.part?.zh ?? "",
            "end": end, "place": e.placeID ?? "", "host": e.host ?? "",
        ]
    }

    static let eventFields = ["title", "kind", "date", "start", "end", "place", "host"]

    func eventForm(
        _ context: WebContext,
        state: FormState? = nil,
        revision: String? = nil,
        conflict: EditConflict<EventEdit>? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let read = try await ReadEvent(app.context(context)).run(try app.target(context).read)
        let d = read.delegation
        let e = read.event
        let lang = context.lang
        let form = state ?? FormState(values: Self.formValues(e), messages: [:])
        let chosenKind = form.values["kind"] ?? e.kind.rawValue
        let chosenPlace = form.values["place"] ?? ""
        let labels = DelegationLabels(delegation: d, lang: lang)
        let page = EventEditPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            event: EventEditPage.EventLine(id: e.id, title: e.title, revision: revision ?? EditRevision.of(event: EventEdit(e))),
            form: FormView(form),
            kinds: EventKind.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == chosenKind) },
            places: d.places.filter { !$0.fromGazetteer || $0.airportCode == nil || $0.id == e.placeID }
                .map { Choice(id: $0.id, name: $0.name, selected: $0.id == chosenPlace) },
            hasErrors: !form.messages.isEmpty,
            conflict: conflict.map { conflict in
                func describe(_ v: EventEdit) -> [String: String] {
                    [
                        "kind": v.kind.name(lang), "title": v.title, "host": v.host ?? "—", "place": v.placeID.map { labels.place($0) } ?? "—",
                        "start": v.start.localText, "end": v.end?.localText ?? "—",
                    ]
                }
                let theirs = describe(conflict.current)
                let yours = describe(conflict.attempted)
                return EventEditPage.Conflict(
                    rows: ["title", "kind", "start", "end", "place", "host"].map { key in
                        CompareRow(label: FormState.label(key).text(lang), theirs: theirs[key] ?? "", yours: yours[key] ?? "")
                    }
                )
            }
        )
        return try app.pages.render("event-edit", page, context: context, status: status)
    }

    func saveEvent(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let target = try app.target(context)
        let f = context.form
        let typed = Dictionary(uniqueKeysWithValues: Self.eventFields.map { ($0, f.fields[$0]?.first ?? "") })
        guard let revision = f["revision"] else { throw WebError.missingRevision() }
        let values = EditEvent.Values(
            title: typed["title"] ?? "",
            kind: typed["kind"] ?? "",
            date: typed["date"] ?? "",
            start: typed["start"] ?? "",
            end: typed["end"] ?? "",
            place: f["place"] ?? "",
            host: typed["host"] ?? ""
        )
        do {
            try await EditEvent(app.context(context)).run(EditEvent.Input(target, revision: revision, values: values))
        } catch {
            switch error {
            case let .refused(problems):
                let state = FormState(values: typed, problems: problems, lang: context.lang, field: ["tz": "place"])
                return try await eventForm(context, state: state, revision: revision, status: .unprocessableContent)
            case let .eventConflict(conflict):
                return try await eventForm(
                    context,
                    state: FormState(values: typed, messages: [:]),
                    revision: conflict.revision,
                    conflict: conflict,
                    status: .conflict
                )
            default:
                throw error
            }
        }
        return app.redirect("/d/\(target.trip.pathEscaped)/e/\(target.event.pathEscaped)")
    }
}
