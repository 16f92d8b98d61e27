import Hummingbird
import NIOCore
import TripApp
import TripModel

/// Turns every error into a page with an explicit status and a message the user can act on.
/// No page shows a server path or a program's raw error text: errors that are not worded for
/// the user get a general message, and the server's log keeps the details.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let pages: Pages
    /// The server's folders, cut out of every message shown.
    let paths: ServerPaths

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let web = Self.webError(error)
            // The log goes to the server's terminal: text from the request (a file name) is neutralised.
            if web.status.code >= 500 {
                context.logger.error("\(request.method) \(request.uri.path) -> \(web.status.code): \(TerminalText.neutralised("\(error)"))")
            } else {
                context.logger.info("\(request.method) \(request.uri.path) -> \(web.status.code): \(TerminalText.neutralised(web.message.en))")
            }
            let message = paths.scrub(web.text(context.lang))
            var response: Response
            do {
                response = try pages.render(
                    "error",
                    ErrorPage(status: Int(web.status.code), message: message.nonEmpty),
                    context: context,
                    status: web.status
                )
            } catch {
                response = Response(
                    status: web.status,
                    headers: [.contentType: "text/plain; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(string: message))
                )
            }
            if web.status == .contentTooLarge { response = Self.closing(response, channel: context.channel) }
            return response
        }
    }

    /// A response after which the connection ends: the rest of an upload too large to read is
    /// never waited for. `Connection: close` tells the client; once the page is sent the server
    /// stops writing (FIN), so a client still sending learns at once, and the unread rest is
    /// drained rather than reset, so the client does get the page.
    static func closing(_ response: Response, channel: (any Channel)?) -> Response {
        var response = response
        response.headers[.connection] = "close"
        guard let channel else { return response }
        let body = response.body
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            try await body.write(writer)
            try? await channel.close(mode: .output)
        }
        return response
    }

    /// The page an error becomes: a use case's `AppError` (or an error of the layers, as a use
    /// case would throw it) by its case, Hummingbird's own by their status, anything else a
    /// general message (the server's log keeps the details).
    static func webError(_ error: any Error) -> WebError {
        switch error {
        case let e as WebError: return e
        case let e as AppError: return WebError(e)
        case let e as HTTPError where e.status == .contentTooLarge: return WebError.tooLarge(limit: 40 * 1_048_576)
        case let e as any HTTPResponseError: return WebError.unhandled(e.status)
        default: return WebError(AppError(error))
        }
    }
}
