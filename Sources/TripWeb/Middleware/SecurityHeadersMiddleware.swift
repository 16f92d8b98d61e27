import HTTPTypes
import Hummingbird

/// Adds the security headers to every response: a strict CSP (own scripts, styles and images
/// only; the service worker and the web app manifest from this server only; no framing), nosniff, no referrer leaks; over HTTPS (`--public-url https://…`), HSTS.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// True when the app is reached over HTTPS, so browsers are told to keep to it.
    var https = false

    static let policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; worker-src 'self'; manifest-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        // A route may set its own policy (the report preview: the HTML writer's inline styles).
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HeaderNames.frameOptions] = "DENY"
        response.headers[HeaderNames.referrerPolicy] = "same-origin"
        if https { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}
