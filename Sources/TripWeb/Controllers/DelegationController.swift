import Foundation
import Hummingbird
import TripApp
import TripModel

/// The delegations list, a delegation's overview and its schedule by day.
struct DelegationController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/") { request, context in try await list(request, context) }
        router.get("/d/:trip") { _, context in try await overview(context) }
        router.get("/d/:trip/schedule") { request, context in try await schedule(request, context) }
    }

    /// A page of the delegations (`?page=N`), newest first. The body is rendered once for each
    /// set of rows, language and role (`RenderedBodies`), since rendering 50 cards costs more
    /// than reading them; only the layout (the reader's name, the sign-out token) is made per request.
    func list(_ request: Request, _ context: WebContext) async throws -> Response {
        let page = try WebApp.pageRequest(request)
        let listed = try await ListDelegationsPage(app.context(context)).run(ListDelegationsPage.Input(page: page))
        let shown = listed.page
        let lang = context.lang
        // Starting a delegation (upload, the new-delegation form) is for organisers and administrators.
        let organiser = context.requester.role == .organiser || context.requester.role == .administrator
        // Empty only when the reader sees nothing at all, not on a page past the last. The
        // example is offered only on a database that holds no delegation: one the reader may not
        // see may already have its id.
        let empty = shown.rows.isEmpty && !shown.hasPrevious
        // Why the list is empty, for a reader who gets no first steps.
        var note: Word? = nil
        if empty && !listed.noneStored {
            note = .noDelegationsForYou
        } else if empty && !organiser {
            note = .noDelegationsYet
        }
        let render = {
            try app.pages.text(
                "list-body",
                ListPage(
                    delegations: shown.rows.map { ListPage.Row($0, lang: lang) },
                    empty: empty,
                    emptyNote: note.map { $0.text.text(lang) },
                    organiser: organiser,
                    example: listed.noneStored && organiser && app.config.exampleSeed != nil,
                    pager: Pager(shown, path: "/", lang: lang)
                ),
                context: context
            )
        }
        // An empty database's page carries the session's token (the example's form): not kept.
        let body =
            empty
            ? try render()
            : try app.pages.bodies.body(
                ListBodyKey(rows: shown.rows, number: shown.number, hasNext: shown.hasNext, lang: lang, organiser: organiser),
                make: render
            )
        return try app.pages.render(body: body, trip: nil, context: context)
    }

    func overview(_ context: WebContext) async throws -> Response {
        let shown = try await ShowDelegation(app.context(context)).run(ReadDelegation.Input(trip: try context.parameters.require("trip")))
        let d = shown.delegation
        let lang = context.lang
        let labels = DelegationLabels(delegation: d, lang: lang)
        let facts: [OverviewPage.Fact] = [
            (Word.planTitle, d.planNameOrTitle),
            (Word.category, d.category.name(lang)),
            (Word.agency, d.agency),
            (Word.namesTitles, d.namesAndTitles),
            (
                Word.countries,
                LocalizedText(zh: shown.countries.map(\.zh).joined(separator: "、"), en: shown.countries.map(\.en).joined(separator: ", ")).text(lang)
            ),
            (Word.period, TripHeader.period(d.start, d.end).text(lang)),
            (Word.status, d.status.name(lang)),
            (Word.reportDue, LocalizedText(zh: ROCDate.long(d.reportDue), en: d.reportDue.iso).text(lang)),
        ].map { OverviewPage.Fact(label: $0.0.text.text(lang), value: $0.1.nonEmpty) }
        // What the delegation's form sets, named only when it is set.
        let optional: [(Word, String?)] = [
            (Word.contactPerson, d.contactID.map { d.member($0)?.name ?? $0 }),
            (Word.reportDate, d.reportDate.map { LocalizedText(zh: ROCDate.long($0), en: $0.iso).text(lang) }),
        ]
        let cover =
            facts
            + optional.compactMap { fact -> OverviewPage.Fact? in
                guard let value = fact.1?.nonEmpty else { return nil }
                return OverviewPage.Fact(label: fact.0.text.text(lang), value: value)
            }
        let members = d.members.map { m in
            OverviewPage.MemberRow(order: m.order, unit: m.unit.nonEmpty, title: m.title.nonEmpty, name: m.name, role: m.role.name(lang), id: m.id)
        }
        let findings = shown.checks.diagnostics.filter { $0.acknowledged == nil }.map { diag in
            OverviewPage.Finding(
                severity: diag.severity.rawValue,
                severityName: LocalizedText(zh: diag.severity.zh, en: diag.severity.rawValue).text(lang),
                code: diag.code.rawValue,
                message: diag.message.text(lang),
                fix: diag.fix?.text(lang).nonEmpty,
                hasItems: !diag.items.isEmpty,
                items: diag.items.map { id in
                    OverviewPage.ItemLink(
                        id: id,
                        label: itemLabel(id, in: d, labels: labels).nonEmpty,
                        link: d.events.contains { $0.id == id }
                            ? "/d/\(d.id.pathEscaped)/e/\(id.pathEscaped)"
                            : "/d/\(d.id.pathEscaped)/schedule#\(id)"
                    )
                }
            )
        }
        let page = OverviewPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            cover: cover,
            members: members,
            diagnostics: findings,
            clean: findings.isEmpty,
            purpose: d.purpose?.nonEmpty
        )
        return try app.pages.render("overview", page, context: context)
    }

    func schedule(_ request: Request, _ context: WebContext) async throws -> Response {
        let lang = context.lang
        let wanted = request.uri.queryParameters["member"].map { ReadSchedule.MemberChoice.id(String($0)) }
        let schedule = try await ReadSchedule(app.context(context)).run(
            ReadSchedule.Input(
                trip: ReadDelegation.Input(trip: try context.parameters.require("trip")),
                member: wanted
            )
        )
        let d = schedule.delegation
        let memberID = schedule.member?.id
        let trip = TripHeader(d, requester: context.requester, lang: lang)
        // The days depend on who asks only by the organisers' edit links: rendered once per
        // delegation state, language, member and whether the reader organises.
        let body = try app.cache.fragment("schedule|\(lang.rawValue)|\(memberID ?? "")|\(trip.organiser ? "edit" : "")", of: d) {
            let labels = DelegationLabels(delegation: d, lang: lang)
            let page = SchedulePage(
                trip: trip,
                days: SchedulePage.days(schedule.days, delegation: d, labels: labels, checks: schedule.checks),
                members: d.members.map { Choice(id: $0.id, name: $0.name, selected: $0.id == memberID) },
                allSelected: memberID == nil,
                member: schedule.member.map { SchedulePage.MemberLine(name: $0.name, title: $0.title.nonEmpty) }
            )
            return try app.pages.text("schedule-body", page, context: context)
        }
        return try app.pages.render(body: body, trip: trip, context: context)
    }

    private func itemLabel(_ id: String, in d: Delegation, labels: DelegationLabels) -> String {
        if let e = d.events.first(where: { $0.id == id }) { return e.title }
        if let l = d.legs.first(where: { $0.id == id }) { return LegView(l, labels: labels).label }
        if let s = d.stays.first(where: { $0.id == id }) { return labels.place(s.placeID) }
        return id
    }
}

/// Everything the front page's body is rendered from, so a body kept under it is the body the page
/// would render (`RenderedBodies`): the rows as read, the page's place in the list, the
/// language and whether the reader may start a delegation.
private struct ListBodyKey: Hashable, Sendable {
    let rows: [DelegationSummary]
    let number: Int
    let hasNext: Bool
    let lang: Lang
    let organiser: Bool
}
