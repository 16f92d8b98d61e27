import Foundation
import Hummingbird
import TripApp
import TripModel

/// Calendar subscriptions: each member's feed sits at a secret URL (`/calendar/TOKEN.ics`)
/// whose token is stored only as a digest, so the page shows it once when it is made.
struct CalendarController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/calendar/:token") { _, context in try await feed(context) }
        router.get("/d/:trip/calendar") { _, context in try await page(context, made: nil) }
        router.post("/d/:trip/calendar") { request, context in try await make(request, context) }
        router.post("/d/:trip/calendar/revoke") { _, context in try await revoke(context) }
    }

    func feed(_ context: WebContext) async throws -> Response {
        var token = try context.parameters.require("token")
        if token.hasSuffix(".ics") { token.removeLast(4) }
        let text = try await ReadFeed(app.context(context)).run(ReadFeed.Input(token: token))
        return Response(
            status: .ok,
            headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    func page(_ context: WebContext, made: CalendarPage.Made?, revoked: CalendarPage.Revoked? = nil) async throws -> Response {
        let d = try await app.delegation(context)
        let members = Access.feedMembers(context.requester, in: d).map { CalendarPage.Member(id: $0.id, name: $0.name, title: $0.title.nonEmpty) }
        let page = CalendarPage(
            trip: TripHeader(d, requester: context.requester, lang: context.lang),
            members: members,
            everyone: Access.mayEdit(context.requester, on: d.id),
            made: made,
            revoked: revoked
        )
        return try app.pages.render("calendar", page, context: context)
    }

    func make(_ request: Request, _ context: WebContext) async throws -> Response {
        let made = try await MakeFeed(app.context(context)).run(
            MakeFeed.Input(
                trip: try context.parameters.require("trip"),
                member: context.form["member"]
            )
        )
        let name = made.member?.name ?? Word.everyone.text.text(context.lang)
        return try await page(
            context,
            made: CalendarPage.Made(member: name, url: "\(app.config.origin(requestHost: request.head.authority))/calendar/\(made.token).ics")
        )
    }

    /// Stops one member's (or the everyone) feed links and shows the page with how many stopped.
    func revoke(_ context: WebContext) async throws -> Response {
        let input = RevokeFeeds.Input(trip: ReadDelegation.Input(trip: try context.parameters.require("trip")), member: context.form["member"])
        let revoked = try await RevokeFeeds(app.context(context)).run(input)
        let name = revoked.member?.name ?? Word.everyone.text.text(context.lang)
        return try await page(context, made: nil, revoked: CalendarPage.Revoked(member: name, links: revoked.links))
    }
}
