import Hummingbird
import TripModel

/// Without sign-in (a server on loopback acting for its one local user, an organiser), answers only
/// requests addressed to a loopback name: a web page elsewhere that points a name of its own at
/// 127.0.0.1 (DNS rebinding) would otherwise read and change every delegation through the
/// browser. A request without a Host header (HTTP/1.0, the router tests) is let through.
struct LoopbackHostMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let refused = WebError(
        status: .misdirectedRequest,
        message: LocalizedText(
            zh: "這個網頁版未啟用登入，只接受以本機位址（127.0.0.1、localhost）連線。要讓他人連線，請以 --auth 啟動並用 tripwright user add 建立帳號。",
            en:
                "This web app runs without sign-in and answers only at a loopback address (127.0.0.1, localhost). To let others in, start it with --auth and add accounts with tripwright user add."
        )
    )

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if let authority = request.head.authority, !WebConfig.isLoopbackAuthority(authority) { throw Self.refused }
        return try await next(request, context)
    }
}
