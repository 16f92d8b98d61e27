import Hummingbird
import Logging
import NIOCore
import TripApp
import TripModel

/// Per-request state: who is asking, in which language, the CSRF token their forms carry and,
/// for posts, the form already read and checked.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The signed-in user (the local user when sign-in is off); nil before sign-in.
    var user: WebUser?
    /// Page language.
    var lang: Lang = .zh
    /// The server's CSRF key, set by the session middleware on routes that may show a form.
    var csrf: CSRF?
    /// This browser's CSRF binding (the session's secret, or the binding cookie).
    var csrfBinding = ""
    /// The token every form of this browser carries, derived (one HMAC) only when a page asks.
    var csrfToken: String { csrf?.token(binding: csrfBinding) ?? "" }
    /// The posted form, read once by the middleware after its CSRF token was checked.
    var form = FormData()
    /// The client's address, for slowing down repeated failed sign-ins.
    var clientKey: String
    /// The connection, to close after refusing a body too large to read (nil outside a server).
    var channel: (any Channel)?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientKey = source.channel.remoteAddress?.ipAddress ?? "local"
        channel = source.channel
    }

    /// A context outside any request (tests).
    init(logger: Logger) {
        coreContext = .init(source: DetachedSource(logger: logger))
        clientKey = "local"
        channel = nil
    }

    /// Uploads are read by the middleware with their own limits.
    var maxUploadSize: Int { 64 * 1024 * 1024 }

    /// Who asks, as the use cases know them: the local user of a sign-in-free server, a
    /// signed-in user, or a visitor who has not signed in (public pages only).
    var requester: Requester {
        guard let user else { return .visitor }
        return user.id == SessionMiddleware.localUser.id ? .localUser : .user(user)
    }
}

/// The source of a context made outside a request.
private struct DetachedSource: RequestContextSource {
    let logger: Logger
}
