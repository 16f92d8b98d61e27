import Foundation
import Hummingbird
import TripApp
import TripModel

/// Corrections of what was logged on the road (issue 10): delete (undoable), move to another
/// event, edit an outcome, follow-up or person met, fill a photo placeholder or replace a
/// photo's file, undo, and the history pages. Each route is a few lines over a TripApp use case;
/// who may do it is asked there (organisers everywhere, members on their delegations, viewers
/// never). A form drawn from an older revision answers 409 with both versions.
struct CorrectionController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.post("/d/:trip/e/:event/items/:kind/:key/delete") { _, context in try await delete(context) }
        router.post("/d/:trip/e/:event/items/:kind/:key/move") { _, context in try await move(context) }
        router.post("/d/:trip/e/:event/items/:kind/:key/edit") { _, context in try await edit(context) }
        router.post("/d/:trip/e/:event/photos/:photo/file") { _, context in try await fill(context) }
        router.post("/d/:trip/changes/:change/undo") { _, context in try await undo(context) }
        router.post("/d/:trip/press/:id/image") { _, context in try await pressImage(context) }
        router.post("/d/:trip/press/:id/up") { _, context in try await pressOrder(context, up: true) }
        router.post("/d/:trip/press/:id/down") { _, context in try await pressOrder(context, up: false) }
        router.post("/d/:trip/press/:id/delete") { _, context in try await pressDelete(context) }
        router.get("/d/:trip/history") { _, context in try await history(context, event: nil) }
        router.get("/d/:trip/e/:event/history") { _, context in try await history(context, event: try context.parameters.require("event")) }
    }

    /// The item named in the path; a person met is numbered within the path's event.
    static func item(_ context: WebContext) throws -> LoggedItem {
        let kind = try context.parameters.require("kind")
        let key = try context.parameters.require("key")
        let item: LoggedItem? =
            switch kind {
            case "note": Int64(key).map { .note($0) }
            case "photo": Int64(key).map { .photo($0) }
            case "outcome": Int64(key).map { .outcome($0) }
            case "follow-up": Int64(key).map { .followUp($0) }
            case "person": Int(key).map { .counterpart(event: (try? context.parameters.require("event")) ?? "", number: $0) }
            case "press": .press(key)
            default: nil
            }
        guard let item else { throw WebError.notFound(kind) }
        return item
    }

    /// The path segment of an item's kind and key (the inverse of `item`).
    static func path(_ item: LoggedItem) -> String {
        switch item {
        case let .note(id): "note/\(id)"
        case let .photo(id): "photo/\(id)"
        case let .outcome(id): "outcome/\(id)"
        case let .followUp(id): "follow-up/\(id)"
        case let .counterpart(_, number): "person/\(number)"
        case let .press(id): "press/\(id.pathEscaped)"
        }
    }

    private func target(_ context: WebContext) throws -> LoggedTarget {
        LoggedTarget(trip: try context.parameters.require("trip"), item: try Self.item(context))
    }

    /// Back to the event page (or the local page the form names).
    private func back(_ context: WebContext) throws -> Response {
        let trip = try context.parameters.require("trip")
        let event = try context.parameters.require("event")
        return app.redirect(LocalRedirect.path(context.form["back"], or: "/d/\(trip.pathEscaped)/e/\(event.pathEscaped)#recent"))
    }

    func delete(_ context: WebContext) async throws -> Response {
        try await DeleteLogged(app.context(context)).run(DeleteLogged.Input(try target(context), revision: context.form["revision"]))
        return try back(context)
    }

    func move(_ context: WebContext) async throws -> Response {
        let to = context.form["to"] ?? ""
        try await MoveLogged(app.context(context)).run(MoveLogged.Input(try target(context), to: to, revision: context.form["revision"]))
        return try back(context)
    }

    func edit(_ context: WebContext) async throws -> Response {
        var fields: [String: String] = [:]
        for key in ["text", "date", "task", "owner", "due", "status", "name", "organisation"] {
            if let value = context.form.fields[key]?.first { fields[key] = value }
        }
        // The form's "personTitle" is a person's "title" (the page has a title of its own).
        if let title = context.form.fields["personTitle"]?.first { fields["title"] = title }
        try await EditLogged(app.context(context)).run(EditLogged.Input(try target(context), fields: fields, revision: context.form["revision"]))
        return try back(context)
    }

    func fill(_ context: WebContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("photo")) else { throw WebError.notFound("photo") }
        let uploads = context.form.files.filter { $0.field == "photo" }.map { LogPhotos.Upload(fileName: $0.fileName, data: $0.data) }
        let stored = try await LogPhotos(app.context(context)).run(LogPhotos.Input(try app.target(context), photos: .uploads(uploads), fill: id))
        // A file taken on another day than the event's is kept, and the page says so.
        let trip = try context.parameters.require("trip")
        let event = try context.parameters.require("event")
        let path = LocalRedirect.path(context.form["back"], or: "/d/\(trip.pathEscaped)/e/\(event.pathEscaped)#recent")
        return app.redirect(AfterSave.address(path, stored: stored))
    }

    func undo(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        guard let change = Int64(try context.parameters.require("change")) else { throw WebError.notFound("change") }
        try await UndoChange(app.context(context)).run(UndoChange.Input(trip: trip, change: change))
        return app.redirect(LocalRedirect.path(context.form["back"], or: "/d/\(trip.pathEscaped)/history"))
    }

    /// Attaches or replaces a clipping's screenshot; its other fields stay as stored.
    func pressImage(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let id = try context.parameters.require("id")
        guard let file = context.form.files.first(where: { $0.field == "image" }) else { throw WebError.notFound("image") }
        try await LogPress(app.context(context)).run(
            LogPress.Input(
                trip: ReadDelegation.Input(trip: trip),
                id: id,
                fields: LogPress.Fields(),
                image: .upload(LogPhotos.Upload(fileName: file.fileName, data: file.data))
            )
        )
        return app.redirect("/d/\(trip.pathEscaped)/press")
    }

    func pressOrder(_ context: WebContext, up: Bool) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let id = try context.parameters.require("id")
        try await ReorderPress(app.context(context)).run(ReorderPress.Input(trip: trip, id: id, up: up))
        return app.redirect("/d/\(trip.pathEscaped)/press")
    }

    func pressDelete(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let id = try context.parameters.require("id")
        try await DeleteLogged(app.context(context)).run(DeleteLogged.Input(LoggedTarget(trip: trip, item: .press(id))))
        return app.redirect("/d/\(trip.pathEscaped)/history")
    }

    func history(_ context: WebContext, event: String?) async throws -> Response {
        let read = try await ReadHistory(app.context(context)).run(ReadHistory.Input(trip: try context.parameters.require("trip"), event: event))
        let d = read.delegation
        let lang = context.lang
        let back = event.map { "/d/\(d.id.pathEscaped)/e/\($0.pathEscaped)/history" } ?? "/d/\(d.id.pathEscaped)/history"
        let page = HistoryPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            eventTitle: event.flatMap { id in d.events.first { $0.id == id }?.title },
            changes: read.changes.reversed().map {
                Self.line($0, in: d, requester: context.requester, lang: lang, latest: Self.latest(read.changes))
            },
            back: back
        )
        return try app.pages.render("history", page, context: context)
    }

    /// The newest change of each item: only it can be undone (an older one would meet the item
    /// changed since, and be refused).
    static func latest(_ changes: [LoggedChange]) -> Set<Int64> {
        Set(Dictionary(grouping: changes, by: \.item).values.compactMap { $0.map(\.id).max() })
    }

    /// A change as a line of a page: ROC date and the delegation's home time.
    static func line(_ c: LoggedChange, in d: Delegation, requester: Requester, lang: Lang, latest: Set<Int64>) -> HistoryLine {
        let m = Moment(instant: c.at, zone: d.homeZone)
        let when = "\(lang == .zh ? ROCDate.long(m.date) : m.date.iso) \(m.localTime?.description ?? "") \(d.homeZone.abbreviation(at: c.at))"
        let what = "\(c.action.name.text(lang).sentenceCased) \(c.item.kind.name.text(lang)) \(c.item.key)"
        let place = [c.eventID, c.toEventID].compactMap { $0 }.map { id in d.events.first { $0.id == id }?.title ?? id }.joined(separator: " → ")
        return HistoryLine(
            id: c.id,
            when: when,
            what: what,
            place: place.nonEmpty,
            before: c.before?.summary.nonEmpty,
            after: c.after?.summary.nonEmpty,
            who: c.actor?.nonEmpty,
            undone: c.undoneBy.map { LocalizedText(zh: "已由 #\($0) 復原", en: "undone by #\($0)").text(lang) },
            undoAction: c.undoneBy == nil && latest.contains(c.id) && Access.mayLog(requester, on: d)
                ? "/d/\(d.id.pathEscaped)/changes/\(c.id)/undo" : nil
        )
    }
}
