import Foundation
import Hummingbird
import TripApp
import TripModel

/// The follow-ups board (issue 11): one delegation's (`/d/:trip/followups`) and every visible
/// delegation's (`/followups`), and one POST per status change. A status change is a correction
/// of the follow-up (`EditLogged`): checked against the revision the page showed, recorded in
/// the history, undoable.
struct FollowUpController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/followups") { request, context in try await board(context, trip: nil, page: try WebApp.pageRequest(request)) }
        router.get("/d/:trip/followups") { request, context in
            try await board(context, trip: try context.parameters.require("trip"), page: try WebApp.pageRequest(request))
        }
        router.post("/d/:trip/followups/:id/status") { _, context in try await setStatus(context) }
    }

    func board(_ context: WebContext, trip: String?, page request: PageRequest) async throws -> Response {
        let board = try await ListFollowUps(app.context(context)).run(ListFollowUps.Input(trip: trip, page: request))
        let lang = context.lang
        let path = board.delegation.map { "/d/\($0.id.pathEscaped)/followups" } ?? "/followups"
        let back = Pager.address(path, [], page: board.page.number)
        let rows = board.page.rows.map { r in
            let today = Moment(instant: app.context.now(), zone: r.homeZone).date
            let trip = "/d/\(r.delegationID.pathEscaped)"
            return FollowUpsPage.Line(
                anchor: "fu-\(r.id)",
                task: r.task,
                delegation: board.delegation != nil ? nil : r.delegationTitle,
                delegationLink: board.delegation != nil ? nil : "\(trip)/followups",
                event: r.eventTitle ?? r.eventID,
                eventLink: "\(trip)/e/\(r.eventID.pathEscaped)",
                owner: (r.ownerName ?? r.owner)?.nonEmpty,
                due: r.due.map { LocalizedText(zh: ROCDate.long($0), en: $0.iso).text(lang) },
                overdue: r.status == .open && r.due.map { $0 < today } == true,
                status: r.status.name(lang),
                statusClass: r.status.rawValue,
                action: "\(trip)/followups/\(r.id)/status",
                revision: r.revision,
                back: "\(back)#fu-\(r.id)",
                changes: board.mayLog(r) ? Self.changes(from: r.status, lang: lang) : []
            )
        }
        let page = FollowUpsPage(
            trip: board.delegation.map { TripHeader($0, requester: context.requester, lang: lang) },
            heading: (board.delegation == nil ? Word.allFollowUps : Word.followUpBoard).text.text(lang),
            rows: rows,
            empty: rows.isEmpty,
            across: board.delegation == nil,
            pager: Pager(board.page, path: path, lang: lang)
        )
        return try app.pages.render("followups", page, context: context)
    }

    /// The buttons a task in a status offers: an open one is done or dropped, a closed one reopens.
    static func changes(from status: FollowUpStatus, lang: Lang) -> [FollowUpsPage.Change] {
        switch status {
        case .open:
            [
                FollowUpsPage.Change(status: FollowUpStatus.done.rawValue, label: Word.markDone.text.text(lang)),
                FollowUpsPage.Change(status: FollowUpStatus.dropped.rawValue, label: Word.dropFollowUp.text.text(lang)),
            ]
        case .done, .dropped:
            [FollowUpsPage.Change(status: FollowUpStatus.open.rawValue, label: Word.reopen.text.text(lang))]
        }
    }

    /// Sets a follow-up's status (read by the plan reader as `status:`, so only the three
    /// statuses pass), checked against the revision shown; back to the board at the task.
    func setStatus(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        guard let id = Int64(try context.parameters.require("id")) else { throw WebError.notFound("follow-up") }
        let status = context.form["status"] ?? ""
        try await EditLogged(app.context(context)).run(
            EditLogged.Input(LoggedTarget(trip: trip, item: .followUp(id)), fields: ["status": status], revision: context.form["revision"])
        )
        return app.redirect(LocalRedirect.path(context.form["back"], or: "/d/\(trip.pathEscaped)/followups#fu-\(id)"))
    }
}
