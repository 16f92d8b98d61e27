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

    /// The cookie that remembers whose day the Today page shows, per delegation (the member
    /// picker; without sign-in it is how a phone says whose day it is).
    static let memberCookie = "tw_today_member"
    /// The cookie's value for the whole delegation's day (browsers drop a cookie's empty value).
    static let everyoneValue = "*"

    /// Today for whom the request chose (`?member=`), else whom the cookie remembers; a remembered
    /// member the plan no longer has gives the day of whoever asks.
    private func readToday(
        _ context: WebContext,
        trip: String,
        picked: String?,
        chosen: String?,
        remembered: String?
    ) async throws -> ReadToday.Output {
        let useCase = ReadToday(app.context(context))
        if chosen == nil, let remembered {
            do {
                return try await useCase.run(ReadToday.Input(trip: trip, picked: picked, member: remembered))
            } catch {
                guard case .notAMember = error else { throw error }
            }
            return try await useCase.run(ReadToday.Input(trip: trip, picked: picked))
        }
        return try await useCase.run(ReadToday.Input(trip: trip, picked: picked, member: chosen))
    }

    func today(_ request: Request, _ context: WebContext) async throws -> Response {
        let lang = context.lang
        let trip = try context.parameters.require("trip")
        let picked = request.uri.queryParameters["event"].map(String.init)
        let chosen = request.uri.queryParameters["member"].map(String.init)
        let remembered = (request.cookies[Self.memberCookie]?.value).map { $0 == Self.everyoneValue ? "" : $0 }
        let today = try await readToday(context, trip: trip, picked: picked, chosen: chosen, remembered: remembered)
        let plan = today.plan
        let d = plan.delegation
        let labels = DelegationLabels(delegation: d, lang: lang)
        let zone = plan.zone
        let nowMoment = Moment(instant: plan.now, zone: zone)
        let next = today.next.prefix(3).map { ScheduleItem($0, delegation: d, labels: labels, checks: today.checks) }
        let others = plan.items.compactMap { item -> TodayPage.Other? in
            guard case let .event(e) = item, e.id != today.current?.id else { return nil }
            return TodayPage.Other(
                id: e.id,
                title: e.title,
                time: labels.span(e)?.nonEmpty,
                logged: e.hasLoggedMaterial,
                link: "/d/\(d.id.pathEscaped)/today?event=\(e.id.pathEscaped)"
            )
        }
        let current = today.current.map { e in
            TodayPage.Current(
                id: e.id,
                title: e.title,
                kind: e.kind.name(lang),
                time: labels.span(e)?.nonEmpty,
                place: e.placeID.map { labels.place($0) }?.nonEmpty,
                host: e.host?.nonEmpty,
                notes: e.notes.suffix(3).map { TodayPage.Text(text: $0.text.nonEmpty) },
                noteCount: e.notes.count,
                photoCount: e.photos.count,
                link: "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)",
                action: "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)",
                back: "/d/\(d.id.pathEscaped)/today?event=\(e.id.pathEscaped)"
            )
        }
        let page = TodayPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            dayLabel: labels.day(plan.today),
            nowTime: "\(nowMoment.localTime?.description ?? "") \(zone.abbreviation(at: plan.now))",
            zone: zone.identifier,
            empty: plan.items.isEmpty,
            next: Array(next),
            others: others,
            hasNext: !next.isEmpty,
            hasOthers: !others.isEmpty,
            current: current,
            whose: today.member?.name,
            hasMembers: d.members.count > 1,
            members: d.members.count > 1
                ? [Choice(id: "", name: Word.everyone.text.text(lang), selected: today.member == nil)]
                    + d.members.map { Choice(id: $0.id, name: $0.name, selected: $0.id == today.member?.id) } : [],
            notices: AfterSave(
                already: request.uri.queryParameters["already"].map(String.init),
                warn: request.uri.queryParameters["warn"].map(String.init)
            ).notices(in: d, lang)
        )
        var response = try app.pages.render("today", page, context: context)
        if chosen != nil {
            // Remembered for this delegation's pages only, for a year; "" (everyone) is remembered too.
            response.setCookie(
                app.config.cookie(Self.memberCookie, today.member?.id ?? Self.everyoneValue, maxAge: 365 * 86400, path: "/d/\(d.id.pathEscaped)/")
            )
        }
        return response
    }
}
