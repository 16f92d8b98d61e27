import Foundation
import Hummingbird
import TripCalendar
import TripModel
import TripStore

/// Calendar subscriptions: each member's feed sits at a secret URL (`/calendar/TOKEN.ics`)
/// whose token is stored only as a digest, so the page shows it once when it is made.
struct CalendarController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/calendar/:token") { _, context in try feed(context) }
        router.get("/d/:trip/calendar") { _, context in try page(context, made: nil) }
        router.post("/d/:trip/calendar") { request, context in try make(request, context) }
    }

    func feed(_ context: WebContext) throws -> Response {
        var token = try context.parameters.require("token")
        if token.hasSuffix(".ics") { token.removeLast(4) }
        guard token.count == 48, token.allSatisfy(\.isHexDigit), let (trip, member) = try app.database.calendarFeed(token: token) else {
            throw WebError.notFound("calendar")
        }
        let d = try app.database.delegation(trip)
        let text = CalendarWriter(stamp: app.config.now()).write(d, member: member)
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Members the user may make feeds for: organisers everyone, a member themself.
    private func allowed(_ context: WebContext, _ d: Delegation) -> [Member] {
        guard let user = context.user else { return [] }
        switch user.role {
        case .organiser: return d.members
        case .member: return d.members.filter { $0.id == Access.memberID(of: user, in: d) }
        case .viewer: return []
        }
    }

    func page(_ context: WebContext, made: (member: String, url: String)?) throws -> Response {
        let d = try app.delegation(context)
        let members: [[String: Any]] = allowed(context, d).map { ["id": $0.id, "name": $0.name, "title": $0.title] }
        var values: [String: Any] = ["trip": app.tripValues(d, context: context), "members": members,
                                     "everyone": context.user?.role == .organiser]
        if let made { values["made"] = ["member": made.member, "url": made.url] }
        return try app.pages.render("calendar", values, context: context)
    }

    func make(_ request: Request, _ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let memberID = context.form["member"]
        if let memberID {
            guard allowed(context, d).contains(where: { $0.id == memberID }) else { throw WebError.forbidden }
        } else {
            try Access.requireOrganiser(context)
        }
        let token = try app.database.addCalendarToken(delegation: d.id, member: memberID, now: app.config.now())
        let host = request.head.authority ?? "\(app.config.host):\(app.config.port)"
        let name = memberID.flatMap { d.member($0)?.name } ?? (context.lang == .zh ? "全體" : "Everyone")
        return try page(context, made: (name, "http://\(host)/calendar/\(token).ics"))
    }
}
