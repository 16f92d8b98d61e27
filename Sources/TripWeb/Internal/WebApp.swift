import Foundation
import Hummingbird
import TripChecks
import TripModel
import TripStore

/// What every controller needs: the database, the configuration, the pages.
struct WebApp: Sendable {
    let database: TripDatabase
    let config: WebConfig
    let pages: Pages
    let cache: DelegationCache

    /// The delegation named in the path, or a 404 page.
    func delegation(_ context: WebContext) throws -> Delegation {
        let id = try context.parameters.require("trip")
        return try cache.delegation(id, database: database)
    }

    /// The event named in the path, or a 404 page.
    func event(_ id: String, in d: Delegation) throws -> Event {
        guard let e = d.events.first(where: { $0.id == id }) else { throw WebError.notFound(id) }
        return e
    }

    /// The checks of a delegation as of the clock's today at home.
    func checks(_ d: Delegation) -> CheckResult {
        cache.checks(d, today: Moment(instant: config.now(), zone: d.homeZone).date)
    }

    /// The values every delegation page shows in its header and tabs.
    func tripValues(_ d: Delegation, context: WebContext) -> [String: Any] {
        let zh = context.lang == .zh
        return ["id": d.id, "title": d.title,
                "period": zh ? ROCDate.range(d.start, d.end) : "\(d.start.iso) – \(d.end.iso)",
                "mayLog": Access.mayLog(context.user, on: d), "organiser": context.user?.role == .organiser]
    }

    /// A 303 to another page of the app.
    func redirect(_ to: String) -> Response {
        Response(status: .seeOther, headers: [.location: to])
    }
}

extension String {
    /// The text escaped for a URL path segment.
    var pathEscaped: String { addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? self }
}
