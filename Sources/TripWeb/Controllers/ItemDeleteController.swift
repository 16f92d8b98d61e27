import Foundation
import Hummingbird
import TripApp
import TripModel

/// Organisers delete an event, a leg or a stay after a confirmation page (`DeleteItem`): the
/// page says what goes with it, or why it cannot go (an event holding notes, photos, outcomes,
/// follow-ups, people met or clippings, or placed in an outline: nothing logged is ever dropped);
/// a confirmation against an item changed since answers 409 with the item as it now is.
struct ItemDeleteController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/delete/:kind/:item") { _, context in try await page(context) }
        router.post("/d/:trip/delete/:kind/:item") { _, context in try await delete(context) }
    }

    func input(_ context: WebContext, revision: Int = 0) throws -> DeleteItem.Input {
        guard let kind = DeleteItem.Kind(rawValue: try context.parameters.require("kind")) else { throw WebError.notFound("kind") }
        return DeleteItem.Input(
            trip: try context.parameters.require("trip"),
            kind: kind,
            id: try context.parameters.require("item"),
            revision: revision
        )
    }

    func page(_ context: WebContext, message: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let input = try input(context)
        let preview = try await DeleteItem(app.context(context)).preview(input)
        let d = preview.delegation
        let lang = context.lang
        let labels = DelegationLabels(delegation: d, lang: lang)
        let name: String
        let heading: LocalizedText
        switch preview.item {
        case let .event(e):
            name = "\(labels.day(e.date)) \(e.title)"
            heading = LocalizedText(zh: "刪除行程", en: "Delete the event")
        case let .leg(l):
            name = LegView(l, labels: labels).label
            heading = LocalizedText(zh: "刪除交通", en: "Delete the leg")
        case let .stay(s):
            name = "\(labels.place(s.placeID)) \(labels.dates(s.checkIn, s.checkOut))"
            heading = LocalizedText(zh: "刪除住宿", en: "Delete the stay")
        }
        let trip = d.id.pathEscaped
        let page = ItemDeletePage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            heading: heading.text(lang),
            item: name,
            action: "/d/\(trip)/delete/\(input.kind.rawValue)/\(input.id.pathEscaped)",
            revision: String(preview.revision),
            refused: preview.problem.map { $0.message(showingPaths: false).text(lang) },
            message: message,
            cancel: input.kind == .event ? "/d/\(trip)/e/\(input.id.pathEscaped)" : "/d/\(trip)/schedule#\(input.id.pathEscaped)"
        )
        return try app.pages.render("item-delete", page, context: context, status: status)
    }

    func delete(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        guard let revision = context.form["revision"].flatMap({ Int($0) }) else { throw WebError.missingRevision() }
        let input = try input(context, revision: revision)
        do {
            try await DeleteItem(app.context(context)).run(input)
        } catch {
            switch error {
            case .itemConflict, .store(.eventHolds):
                // Shown again as the item now is: its current revision, or why it cannot go.
                return try await page(context, message: error.publicMessage.text(context.lang), status: .conflict)
            default:
                throw error
            }
        }
        return app.redirect("/d/\(input.trip.pathEscaped)/schedule")
    }
}
