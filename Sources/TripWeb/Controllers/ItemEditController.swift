import Foundation
import Hummingbird
import TripApp
import TripModel

/// Organisers edit a stored leg or stay in a form (`EditItem`): every value its plan entry
/// holds, read as that entry of the plan file; a refused field keeps what was typed and is
/// marked; a save against an item changed since the form was opened saves nothing and answers
/// 409 with what was typed and the stored values beside it.
struct ItemEditController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/edit/:kind/:item") { _, context in try await form(context) }
        router.post("/d/:trip/edit/:kind/:item") { _, context in try await save(context) }
    }

    func kind(_ context: WebContext) throws -> EditItem.Kind {
        guard let kind = EditItem.Kind(rawValue: try context.parameters.require("kind")) else { throw WebError.notFound("kind") }
        return kind
    }

    func form(
        _ context: WebContext,
        typed: [String: String]? = nil,
        problems: FieldProblems? = nil,
        conflict: EditConflict<NewItem>? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let kind = try kind(context)
        let item = try context.parameters.require("item")
        let editor = EditItem(app.context(context))
        let stored = try await editor.form(trip: try context.parameters.require("trip"), kind: kind, id: item)
        let d = stored.delegation
        let lang = context.lang
        let values = typed ?? stored.values
        var messages: [String: [String]] = [:]
        if let problems {
            var all = values
            for key in kind.fields where all[key] == nil { all[key] = "" }
            messages = FormState(values: all, problems: problems, lang: lang, labels: ItemFields.labelNames(leg: kind == .leg)).messages
        }
        let labels = DelegationLabels(delegation: d, lang: lang)
        let page = ItemEditPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            heading: (kind == .leg ? Word.editLeg : Word.editStay).text.text(lang) + Word.colon.text.text(lang) + Self.title(stored.item, labels),
            action: "/d/\(d.id.pathEscaped)/edit/\(kind.rawValue)/\(item.pathEscaped)",
            // After a conflict the form saves over the values now stored.
            revision: conflict?.revision ?? String(stored.revision),
            fields: ItemFields.build(
                kind.fields,
                values: values,
                messages: messages,
                delegation: d,
                lang: lang,
                leg: kind == .leg,
                zones: Self.zones(kind, values: values, at: stored.item, in: d, lang: lang)
            ),
            hasErrors: !messages.isEmpty,
            general: messages[""] ?? [],
            conflict: conflict.map { Self.compare($0, kind: kind, labels: labels, values: editor.values(of:)) } ?? [],
            hasConflict: conflict != nil,
            deleteLink: "/d/\(d.id.pathEscaped)/delete/\(kind.rawValue)/\(item.pathEscaped)"
        )
        return try app.pages.render("item-edit", page, context: context, status: status)
    }

    func save(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let kind = try kind(context)
        let trip = try context.parameters.require("trip")
        let item = try context.parameters.require("item")
        guard let revision = context.form["revision"].flatMap({ Int($0) }) else { throw WebError.missingRevision() }
        var values: [String: String] = [:]
        for key in kind.fields {
            // Ticked members come as several values of one name.
            values[key] = key == "participants" ? (context.form.fields[key] ?? []).joined(separator: ",") : context.form[key] ?? ""
        }
        do {
            try await EditItem(app.context(context)).run(EditItem.Input(trip: trip, kind: kind, id: item, revision: revision, values: values))
            return app.redirect("/d/\(trip.pathEscaped)/schedule#\(item.pathEscaped)")
        } catch {
            switch error {
            case let .refused(problems):
                return try await form(context, typed: values, problems: problems, status: .unprocessableContent)
            case let .itemConflict(conflict):
                return try await form(context, typed: values, conflict: conflict, status: .conflict)
            default:
                throw error
            }
        }
    }

    /// `BR52 TPE → BOS`, `福岡 8/31–9/1`: the item as the heading names it.
    static func title(_ item: NewItem, _ labels: DelegationLabels) -> String {
        switch item {
        case let .leg(l): [l.number, "\(labels.place(l.fromID)) → \(labels.place(l.toID))"].compactMap { $0 }.joined(separator: " ")
        case let .stay(s): "\(labels.place(s.placeID)) \(labels.dates(s.checkIn, s.checkOut))"
        case let .event(e): e.title
        }
    }

    /// The zone of each end, under its time (a leg) or under the hotel (a stay), for the place
    /// the form names when it is one of the delegation's: `當地時區：Asia/Tokyo（JST，UTC+9）`.
    /// The abbreviation and offset are those at the stored item's time (daylight saving).
    static func zones(_ kind: EditItem.Kind, values: [String: String], at item: NewItem, in d: Delegation, lang: Lang) -> [String: String] {
        let ends: [(field: String, place: String)] = kind == .leg ? [("depart", "from"), ("arrive", "to")] : [("place", "place")]
        let when: Date
        switch item {
        case let .leg(l): when = l.departure.instant ?? l.departure.startOfDay
        case let .stay(s): when = Moment(date: s.checkIn, zone: d.homeZone).startOfDay
        case let .event(e): when = e.start.instant ?? e.start.startOfDay
        }
        var zones: [String: String] = [:]
        for (field, key) in ends {
            guard let id = values[key], let place = d.place(id) else { continue }
            let zone = place.zone
            let now = when
            let text =
                "\(zone.identifier)" + Word.parenOpen.text.text(lang) + zone.abbreviation(at: now) + (lang == .zh ? "，" : ", ")
                + Zone.offsetLabel(seconds: zone.offset(at: now)) + Word.parenClose.text.text(lang)
            zones[field] =
                Word.localZone.text.text(lang) + Word.colon.text.text(lang) + "\(DelegationLabels(delegation: d, lang: lang).place(place.id)) " + text
        }
        return zones
    }

    /// The stored values beside those typed, field by field, as the user reads them.
    static func compare(
        _ conflict: EditConflict<NewItem>,
        kind: EditItem.Kind,
        labels: DelegationLabels,
        values: (NewItem) -> [String: String]
    ) -> [CompareRow] {
        let lang = labels.lang
        func shown(_ item: NewItem) -> [String: String] {
            var v = values(item)
            for key in ["from", "to", "place"] { if let id = v[key], !id.isEmpty { v[key] = labels.place(id) } }
            if let mode = v["mode"].flatMap(TransportMode.init(rawValue:)) { v["mode"] = mode.name(lang) }
            if let k = v["kind"].flatMap(EventKind.init(rawValue:)) { v["kind"] = k.name(lang) }
            let ids = (v["participants"] ?? "").split(separator: ",").map(String.init)
            v["participants"] = ids.isEmpty ? "" : labels.who(ids) ?? ""
            return v
        }
        let theirs = shown(conflict.current)
        let yours = shown(conflict.attempted)
        return kind.fields.map { key in
            CompareRow(
                label: (ItemFields.label(key, leg: kind == .leg)?.text ?? LocalizedText(zh: key, en: key)).text(lang),
                theirs: theirs[key] ?? "",
                yours: yours[key] ?? ""
            )
        }
    }
}
