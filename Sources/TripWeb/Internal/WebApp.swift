import Foundation
import Hummingbird
import TripApp
import TripModel

/// What every controller needs: the application's context (the open database, the cache of
/// delegations), the configuration and the pages.
struct WebApp: Sendable {
    /// The context every request starts from.
    let context: AppContext
    let config: WebConfig
    let pages: Pages
    /// The cache of delegations and derived page parts.
    let cache: DelegationCache

    /// The context of a request: acting for its user.
    func context(_ request: WebContext) -> AppContext {
        context.by(request.requester)
    }

    /// The delegation named in the path (through the cache), or a 404 page.
    func delegation(_ request: WebContext) async throws -> Delegation {
        try await ReadDelegation(context(request)).run(ReadDelegation.Input(trip: try request.parameters.require("trip")))
    }

    /// The event target named in the path.
    func target(_ request: WebContext) throws -> EventTarget {
        EventTarget(trip: try request.parameters.require("trip"), event: try request.parameters.require("event"))
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
