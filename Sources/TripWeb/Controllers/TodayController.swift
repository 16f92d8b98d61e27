import Foundation
import Hummingbird
import TripModel
import TripStore

/// `/today` and `/d/:trip/today`: phone-first, what is happening now and next, with the note
/// and photo forms of the current meeting one tap away.
struct TodayController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/today") { _, context in try pick(context) }
        router.get("/d/:trip/today") { request, context in try today(request, context) }
    }

    /// Goes to the delegation travelling now, else the list.
    func pick(_ context: WebContext) throws -> Response {
        let now = app.config.now()
        let all = try app.database.delegations()
        let travelling = all.filter { s in
            let date = Moment(instant: now, zone: .taipei).date
            return s.start.adding(days: -1) <= date && date <= s.end.adding(days: 1)
        }
        if let only = travelling.first ?? (all.count == 1 ? all.first : nil) { return app.redirect("/d/\(only.id.pathEscaped)/today") }
        return app.redirect("/")
    }

    func today(_ request: Request, _ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let lang = context.lang
        let plan = TodayPlan(delegation: d, now: app.config.now())
        let labels = DelegationLabels(delegation: d, lang: lang)
        let view = ScheduleView(delegation: d, labels: labels, checks: app.checks(d))
        let picked = request.uri.queryParameters["event"].map(String.init)
        let current = plan.current(picked: picked)
        let zone = plan.zone
        let nowMoment = Moment(instant: app.config.now(), zone: zone)
        var values: [String: Any] = [
            "trip": app.tripValues(d, context: context),
            "dayLabel": labels.day(plan.today),
            "nowTime": "\(nowMoment.localTime?.description ?? "") \(zone.abbreviation(at: app.config.now()))",
            "zone": zone.identifier,
            "empty": plan.items.isEmpty,
            "next": plan.next(after: current).prefix(3).map { view.item($0) },
            "others": plan.items.compactMap { item -> [String: Any]? in
                guard case let .event(e) = item, e.id != current?.id else { return nil }
                return ["id": e.id, "title": e.title, "time": labels.span(e) ?? "",
                        "logged": e.hasLoggedMaterial, "link": "/d/\(d.id.pathEscaped)/today?event=\(e.id.pathEscaped)"]
            },
        ]
        values["hasNext"] = !((values["next"] as? [Any])?.isEmpty ?? true)
        values["hasOthers"] = !((values["others"] as? [Any])?.isEmpty ?? true)
        if let e = current {
            values["current"] = [
                "id": e.id, "title": e.title, "kind": e.kind.name(lang), "time": labels.span(e) ?? "",
                "place": e.placeID.map { labels.place($0) } ?? "", "host": e.host ?? "",
                "notes": e.notes.suffix(3).map { ["text": $0.text] }, "noteCount": e.notes.count, "photoCount": e.photos.count,
                "link": "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)",
                "action": "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)",
                "back": "/d/\(d.id.pathEscaped)/today?event=\(e.id.pathEscaped)",
            ] as [String: Any]
        }
        return try app.pages.render("today", values, context: context)
    }
}
