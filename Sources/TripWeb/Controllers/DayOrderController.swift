import Foundation
import Hummingbird
import TripApp
import TripModel

/// Organisers order a day's events known only by their date (`OrderDay`): the schedule lists
/// them in the plan's order, so that order is the user's; timed events go by the clock and legs
/// by time and place, so neither is offered. A move against an order changed since the page was
/// shown moves nothing and answers 409 with the order now stored.
struct DayOrderController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/order/:date") { _, context in try await page(context) }
        router.post("/d/:trip/order/:date") { _, context in try await move(context) }
    }

    func date(_ context: WebContext) throws -> LocalDate {
        guard let date = LocalDate(iso: try context.parameters.require("date")) else { throw WebError.notFound("date") }
        return date
    }

    func page(_ context: WebContext, message: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let date = try date(context)
        let preview = try await OrderDay(app.context(context)).preview(trip: try context.parameters.require("trip"), date: date)
        let d = preview.delegation
        let lang = context.lang
        let trip = d.id.pathEscaped
        let page = DayOrderPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            day: DelegationLabels(delegation: d, lang: lang).day(date),
            action: "/d/\(trip)/order/\(date.iso)",
            revision: preview.revision,
            rows: preview.events.enumerated().map { i, e in
                DayOrderPage.Row(id: e.id, title: e.title, first: i == 0, last: i == preview.events.count - 1)
            },
            message: message,
            back: "/d/\(trip)/schedule#d\(date.iso)"
        )
        return try app.pages.render("day-order", page, context: context, status: status)
    }

    func move(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let date = try date(context)
        let trip = try context.parameters.require("trip")
        guard let revision = context.form["revision"] else { throw WebError.missingRevision() }
        guard let event = context.form["event"], let step = context.form["step"].flatMap({ Int($0) }), step == 1 || step == -1 else {
            throw WebError.notFound("event")
        }
        do {
            try await OrderDay(app.context(context)).run(OrderDay.Input(trip: trip, date: date, event: event, step: step, revision: revision))
        } catch {
            guard case .orderConflict = error else { throw error }
            return try await page(context, message: error.publicMessage.text(context.lang), status: .conflict)
        }
        return app.redirect("/d/\(trip.pathEscaped)/order/\(date.iso)")
    }
}
