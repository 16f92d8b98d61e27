import Foundation
import Hummingbird
import TripModel
import TripStore

/// Organisers edit members and events in forms. A save changes only the rows the form shows, in
/// one transaction, and only when they still hold the values the form was opened with (its
/// revision): a stale form gets a 409 page with both versions instead of overwriting, and what
/// was logged meanwhile (people met, notes, photos) is never touched. Values are read by the
/// plan reader, exactly as the same keys in a plan file; a refused value keeps what was typed
/// and marks its field.
struct EditController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/members/edit") { _, context in try membersForm(context) }
        router.post("/d/:trip/members/edit") { _, context in try await saveMembers(context) }
        router.get("/d/:trip/members/:member/remove") { _, context in try removalPage(context) }
        router.post("/d/:trip/members/:member/remove") { _, context in try await removeMember(context) }
        router.get("/d/:trip/e/:event/edit") { _, context in try eventForm(context) }
        router.post("/d/:trip/e/:event/edit") { _, context in try await saveEvent(context) }
    }

    var reader: PlanReader { PlanImporter(location: app.config.location).reader }

    // MARK: Event

    /// The form's values for an event as stored: a start known only by its part of the day
    /// shows that part (下午), an end known only by its date shows the date, so a form saved as
    /// shown keeps them.
    static func formValues(_ e: Event) -> [String: String] {
        var end = ""
        if let m = e.end {
            if let t = m.localTime { end = m.date == e.date ? t.description : "\(m.date.iso) \(t)" } else { end = m.date.iso }
        }
        return ["title": e.title, "kind": e.kind.rawValue, "date": e.date.iso, "start": e.start.localTime?.description ?? e.start.part?.zh ?? "",
                "end": end, "place": e.placeID ?? "", "host": e.host ?? ""]
    }

    func eventForm(_ context: WebContext, state: FormState? = nil, revision: String? = nil,
                   conflict: EditConflict<EventEdit>? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let e = try app.event(try context.parameters.require("event"), in: d)
        let lang = context.lang
        let form = state ?? FormState(values: Self.formValues(e), messages: [:])
        let chosenKind = form.values["kind"] ?? e.kind.rawValue, chosenPlace = form.values["place"] ?? ""
        var values: [String: Any] = [
            "trip": app.tripValues(d, context: context),
            "event": ["id": e.id, "title": e.title, "revision": revision ?? EditRevision.of(event: EventEdit(e))],
            "form": form.template,
            "kinds": EventKind.allCases.map { ["value": $0.rawValue, "name": $0.name(lang), "selected": $0.rawValue == chosenKind] },
            "places": d.places.filter { !$0.fromGazetteer || $0.airportCode == nil || $0.id == e.placeID }
                .map { ["id": $0.id, "name": $0.name, "selected": $0.id == chosenPlace] },
            "hasErrors": !form.messages.isEmpty,
        ]
        if let conflict {
            let labels = DelegationLabels(delegation: d, lang: lang)
            func describe(_ v: EventEdit) -> [String: String] {
                ["kind": v.kind.name(lang), "title": v.title, "host": v.host ?? "—", "place": v.placeID.map { labels.place($0) } ?? "—",
                 "start": v.start.localText, "end": v.end?.localText ?? "—"]
            }
            let theirs = describe(conflict.current), yours = describe(conflict.attempted)
            values["conflict"] = ["rows": ["title", "kind", "start", "end", "place", "host"].map { key in
                ["label": FormState.label(key).text(lang), "theirs": theirs[key] ?? "", "yours": yours[key] ?? "",
                 "differs": theirs[key] != yours[key]]
            }]
        }
        return try app.pages.render("event-edit", values, context: context, status: status)
    }

    func saveEvent(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let e = try app.event(try context.parameters.require("event"), in: d)
        let f = context.form
        let names = ["title", "kind", "date", "start", "end", "place", "host"]
        let typed = Dictionary(uniqueKeysWithValues: names.map { ($0, f.fields[$0]?.first ?? "") })
        guard let revision = f["revision"] else {
            throw WebError.badRequest("表單缺少版本資訊，請重新整理頁面後再修改。", "The form has no revision; reload the page and edit again.")
        }
        var values = [PlanValue("id", e.id)] + ["kind", "title", "date", "start", "end", "host"].map { PlanValue($0, typed[$0] ?? "") }
        // No place chosen: the event keeps the zone it has.
        if let place = f["place"] { values.append(PlanValue("place", place)) } else { values.append(PlanValue("tz", e.start.zone.identifier)) }
        let read: Event
        do {
            read = try reader.readEvent(values, in: d)
        } catch {
            let state = FormState(values: typed, problems: error, lang: context.lang, field: ["tz": "place"])
            return try eventForm(context, state: state, revision: revision, status: .unprocessableContent)
        }
        let edit = EventEdit(read)
        let back = app.redirect("/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)")
        // Nothing changed since the form was opened: nothing to write, nothing to conflict with.
        if EditRevision.of(event: edit) == revision { return back }
        do {
            let (database, trip, event) = (app.database, d.id, e.id)
            try await offload { try database.editEvent(delegation: trip, event: event, revision: revision, to: edit) }
        } catch let conflict as EditConflict<EventEdit> {
            return try eventForm(context, state: FormState(values: typed, messages: [:]), revision: conflict.revision,
                                 conflict: conflict, status: .conflict)
        }
        return back
    }
}

