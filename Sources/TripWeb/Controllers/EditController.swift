import Foundation
import Hummingbird
import TripModel
import TripStore

/// Organisers edit members and events in forms. An edit goes through the same plan writer,
/// reader and importer as a plan file, so it is checked the same way and never drops what was
/// logged; a bad value comes back as the reader's message.
struct EditController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/members/edit") { _, context in try membersForm(context) }
        router.post("/d/:trip/members/edit") { _, context in try saveMembers(context) }
        router.get("/d/:trip/e/:event/edit") { _, context in try eventForm(context) }
        router.post("/d/:trip/e/:event/edit") { _, context in try saveEvent(context) }
    }

    func membersForm(_ context: WebContext, errors: [String] = []) throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        var rows: [[String: Any]] = d.members.map { m in
            ["id": m.id, "unit": m.unit, "title": m.title, "name": m.name, "rank": m.rank ?? "", "email": m.email ?? "",
             "leader": m.role == .leader, "existing": true]
        }
        rows.append(["id": "", "existing": false, "leader": false])
        return try app.pages.render("members-edit", ["trip": app.tripValues(d, context: context), "rows": rows,
                                                     "errors": errors.map { ["message": $0] }],
                                    context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func saveMembers(_ context: WebContext) throws -> Response {
        try Access.requireOrganiser(context)
        var d = try app.delegation(context)
        let f = context.form.fields
        let ids = f["id"] ?? []
        func value(_ key: String, _ i: Int) -> String { (f[key] ?? []).indices.contains(i) ? (f[key] ?? [])[i].trimmingCharacters(in: .whitespaces) : "" }
        var members: [Member] = []
        // What the form does not show (a phone number) is kept from the member of that id.
        let before = Dictionary(d.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for i in ids.indices {
            let name = value("name", i)
            guard !name.isEmpty else { continue }
            let id = value("id", i).isEmpty ? "m\(i + 1)" : value("id", i)
            members.append(Member(id: id, order: members.count + 1, unit: value("unit", i), title: value("title", i), name: name,
                                  rank: value("rank", i).isEmpty ? nil : value("rank", i),
                                  email: value("email", i).isEmpty ? nil : value("email", i),
                                  phone: before[id]?.phone,
                                  role: value("role", i) == "leader" ? .leader : .member))
        }
        d.members = members
        if let failure = try save(d, context: context) { return try membersForm(context, errors: failure) }
        return app.redirect("/d/\(d.id.pathEscaped)")
    }

    func eventForm(_ context: WebContext, errors: [String] = []) throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let e = try app.event(try context.parameters.require("event"), in: d)
        let lang = context.lang
        let values: [String: Any] = [
            "trip": app.tripValues(d, context: context),
            "event": ["id": e.id, "title": e.title, "date": e.date.iso, "start": e.start.localTime?.description ?? "",
                      "end": e.end?.localTime?.description ?? "", "host": e.host ?? ""],
            "kinds": EventKind.allCases.map { ["value": $0.rawValue, "name": $0.name(lang), "selected": $0 == e.kind] },
            "places": d.places.filter { !$0.fromGazetteer || $0.airportCode == nil }.map { ["id": $0.id, "name": $0.name, "selected": $0.id == e.placeID] },
            "errors": errors.map { ["message": $0] },
        ]
        return try app.pages.render("event-edit", values, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func saveEvent(_ context: WebContext) throws -> Response {
        try Access.requireOrganiser(context)
        var d = try app.delegation(context)
        let id = try context.parameters.require("event")
        guard let index = d.events.firstIndex(where: { $0.id == id }) else { throw WebError.notFound(id) }
        var e = d.events[index]
        let f = context.form
        guard let title = f["title"], let date = f["date"].flatMap({ LocalDate(iso: $0) }) else {
            return try eventForm(context, errors: [context.lang == .zh ? "請填標題與日期（YYYY-MM-DD）。" : "Give a title and a date (YYYY-MM-DD)."])
        }
        e.title = title
        e.kind = f["kind"].flatMap(EventKind.init(rawValue:)) ?? e.kind
        e.host = f["host"]
        if let place = f["place"], d.place(place) != nil { e.placeID = place }
        let zone = d.place(e.placeID)?.zone ?? e.start.zone
        do {
            if let start = f["start"].flatMap({ LocalTime(text: $0) }) {
                e.start = try Moment(date: date, time: start, zone: zone)
            } else {
                // No clock time in the form: keep the part of the day the plan gave (下午).
                e.start = Moment(date: date, part: e.start.part, zone: zone)
            }
            if let end = f["end"].flatMap({ LocalTime(text: $0) }) {
                e.end = try Moment(date: date, time: end, zone: zone)
            } else if let old = e.end, !old.isTimed, old.date > date {
                // An end date with no time (3/11–3/13) is not in the form: keep it.
                e.end = Moment(date: old.date, zone: zone)
            } else {
                e.end = nil
            }
        } catch {
            return try eventForm(context, errors: ["\(error)"])
        }
        if f["start"] != nil && LocalTime(text: f["start"] ?? "") == nil {
            return try eventForm(context, errors: [context.lang == .zh ? "時間請寫成 HH:MM。" : "Write times as HH:MM."])
        }
        d.events[index] = e
        if let failure = try save(d, context: context) { return try eventForm(context, errors: failure) }
        return app.redirect("/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)")
    }

    /// Writes the edited delegation as a plan and imports it; returns the reader's messages on failure.
    private func save(_ d: Delegation, context: WebContext) throws -> [String]? {
        let importer = PlanImporter(location: app.config.location)
        do {
            let text = try PlanWriter().write(d)
            let plan = try importer.reader.read(text: text, fileName: context.lang == .zh ? "表單" : "form", baseDirectory: app.config.location.files)
            _ = try importer.importPlan(plan, into: app.database)
            return nil
        } catch let errors as PlanErrors {
            return errors.errors.map { $0.problem.text(context.lang) }
        }
    }
}
