import Foundation
import Hummingbird
import TripApp
import TripModel

/// `/today` and `/d/:trip/today`: phone-first, what is happening now and next, with the note
/// and photo forms of the current meeting one tap away.
struct TodayController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/today") { _, context in try await pick(context) }
        router.get("/d/:trip/today") { request, context in try await today(request, context) }
    }

    /// Goes to the delegation travelling now, else the list.
    func pick(_ context: WebContext) async throws -> Response {
        guard let id = try await PickToday(app.context(context)).run() else { return app.redirect("/") }
        return app.redirect("/d/\(id.pathEscaped)/today")
    }

    func today(_ request: Request, _ context: WebContext) async throws -> Response {
        let lang = context.lang
        let today = try await ReadToday(app.context(context)).run(ReadToday.Input(
            trip: try context.parameters.require("trip"), picked: request.uri.queryParameters["event"].map(String.init)))
        let plan = today.plan, d = plan.delegation
        let labels = DelegationLabels(delegation: d, lang: lang)
        let zone = plan.zone
        let nowMoment = Moment(instant: plan.now, zone: zone)
        let next = today.next.prefix(3).map { ScheduleItem($0, delegation: d, labels: labels, checks: today.checks) }
        let others = plan.items.compactMap { item -> TodayPage.Other? in
            guard case let .event(e) = item, e.id != today.current?.id else { return nil }
            return TodayPage.Other(id: e.id, title: e.title, time: labels.span(e)?.nonEmpty, logged: e.hasLoggedMaterial,
                                   link: "/d/\(d.id.pathEscaped)/today?event=\(e.id.pathEscaped)")
        }
        let current = today.current.map { e in
            TodayPage.Current(
                id: e.id, title: e.title, kind: e.kind.name(lang), time: labels.span(e)?.nonEmpty,
                place: e.placeID.map { labels.place($0) }?.nonEmpty, host: e.host?.nonEmpty,
                notes: e.notes.suffix(3).map { TodayPage.Text(text: $0.text.nonEmpty) }, noteCount: e.notes.count, photoCount: e.photos.count,
                link: "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)", action: "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)",
                back: "/d/\(d.id.pathEscaped)/today?event=\(e.id.pathEscaped)")
        }
        let page = TodayPage(
            trip: TripHeader(d, requester: context.requester, lang: lang), dayLabel: labels.day(plan.today),
            nowTime: "\(nowMoment.localTime?.description ?? "") \(zone.abbreviation(at: plan.now))", zone: zone.identifier,
            empty: plan.items.isEmpty, next: Array(next), others: others, hasNext: !next.isEmpty, hasOthers: !others.isEmpty, current: current)
        return try app.pages.render("today", page, context: context)
    }
}
