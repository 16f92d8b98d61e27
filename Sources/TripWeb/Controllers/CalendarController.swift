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
    }

    func feed(_ context: WebContext) async throws -> Response {
        var token = try context.parameters.require("token")
        if token.hasSuffix(".ics") { token.removeLast(4) }
        let text = try await ReadFeed(app.context(context)).run(ReadFeed.Input(token: token))
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func page(_ context: WebContext, made: CalendarPage.Made?) async throws -> Response {
        let d = try await app.delegation(context)
        let members = Access.feedMembers(context.requester, in: d).map { CalendarPage.Member(id: $0.id, name: $0.name, title: $0.title.nonEmpty) }
        let page = CalendarPage(trip: TripHeader(d, requester: context.requester, lang: context.lang), members: members,
                                everyone: context.requester.role == .organiser, made: made)
        return try app.pages.render("calendar", page, context: context)
    }

    func make(_ request: Request, _ context: WebContext) async throws -> Response {
        let made = try await MakeFeed(app.context(context)).run(MakeFeed.Input(trip: try context.parameters.require("trip"),
                                                                               member: context.form["member"]))
        let host = request.head.authority ?? "\(app.config.host):\(app.config.port)"
        let name = made.member?.name ?? Word.everyone.text.text(context.lang)
        return try await page(context, made: CalendarPage.Made(member: name, url: "http://\(host)/calendar/\(made.token).ics"))
    }
}
