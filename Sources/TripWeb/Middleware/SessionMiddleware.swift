import Foundation
import Hummingbird
import TripApp
import TripModel

/// Works out who is asking (session cookie, or the local user when sign-in is off), the page
/// language, and the browser's CSRF binding; sends signed-out visitors to the sign-in page; and
/// reads every post's body under a size limit, refusing it unless its CSRF token matches.
/// Routes that need no user (liveness, static files, calendar feeds, which carry their own
/// token) skip the session's database read and the binding; a page derives its CSRF token only
/// when its template shows a form (issue 14: the session took half the server's CPU).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    /// The application's context (sessions are read through it).
    let app: AppContext
    let config: WebConfig
    let csrf: CSRF
    /// Dropped after every post, so pages are rebuilt from the store.
    let cache: DelegationCache

    static let sessionCookie = "tw_session", bindingCookie = "tw_csrf", langCookie = "tw_lang"
    static let localUser = WebUser(id: 0, name: "local", role: .administrator)

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        var newCookies: [Cookie] = []
        let path = request.uri.path
        let isPublic = path == "/signin" || Self.needsNoSession(path)

        if let choice = request.uri.queryParameters["lang"].flatMap({ Lang(rawValue: String($0)) }) {
            context.lang = choice
            newCookies.append(config.cookie(Self.langCookie, choice.rawValue, maxAge: 365 * 86400))
        } else {
            context.lang = request.cookies[Self.langCookie].flatMap { Lang(rawValue: $0.value) } ?? config.defaultLang
        }

        if Self.needsNoSession(path) {
            var response = try await next(request, context)
            for c in newCookies { response.setCookie(c) }
            return response
        }

        var binding: String?
        if !config.authRequired {
            context.user = Self.localUser
        } else if let token = request.cookies[Self.sessionCookie]?.value,
            let session = try await ReadSession(app).run(ReadSession.Input(token: token))
        {
            context.user = session.user
            binding = session.csrfSecret
        }
        if binding == nil {
            if let value = request.cookies[Self.bindingCookie]?.value, value.count == 64, value.allSatisfy(\.isHexDigit) {
                binding = value
            } else {
                let value = SecretToken.random()
                binding = value
                newCookies.append(config.cookie(Self.bindingCookie, value, sameSite: .strict))
            }
        }
        let bindingValue = binding ?? ""
        context.csrf = csrf
        context.csrfBinding = bindingValue

        if context.user == nil && !isPublic {
            if request.method == .get || request.method == .head {
                let back = request.uri.description
                var response = Response(
                    status: .seeOther,
                    headers: [.location: "/signin?next=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")]
                )
                for c in newCookies { response.setCookie(c) }
                return response
            }
            throw WebError.signInFirst
        }

        if request.method == .post && !path.hasPrefix("/calendar/") {
            context.form = try await readForm(request)
            let token = context.form.fields["csrf"]?.first ?? request.headers[HeaderNames.csrfToken]
            guard csrf.verify(token, binding: bindingValue) else { throw WebError.csrf }
            // Whatever the post changes, cached pages are rebuilt from the store.
            defer { cache.invalidate() }
            var response = try await next(request, context)
            for c in newCookies { response.setCookie(c) }
            return response
        }
        var response = try await next(request, context)
        for c in newCookies { response.setCookie(c) }
        return response
    }

    /// Paths whose routes use neither the user nor a form: `/healthz`, `/static/…`, the service
    /// worker `/sw.js` (fetched by the browser without a page) and the calendar feeds `/calendar/TOKEN.ics`.
    static func needsNoSession(_ path: String) -> Bool {
        path == "/healthz" || path == StaticController.serviceWorker || path.hasPrefix("/static/") || path.hasPrefix("/calendar/")
    }

    /// Reads the body with the limit of its kind of form: uploads get `maxUploadBytes` (read as
    /// they stream in), the rest `maxFormBytes`.
    private func readForm(_ request: Request) async throws -> FormData {
        let contentType = request.headers[.contentType] ?? ""
        let multipart = contentType.lowercased().hasPrefix("multipart/form-data")
        let limit = multipart ? config.maxUploadBytes : config.maxFormBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw WebError.tooLarge(limit: limit)
        }
        if multipart {
            guard let boundary = MultipartForm.boundary(of: contentType) else { throw WebError.unreadableForm }
            return try await MultipartForm.read(request.body, boundary: boundary, limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WebError.tooLarge(limit: limit)
        }
        return FormData.urlEncoded(String(decoding: buffer.readableBytesView, as: UTF8.self))
    }
}
