import Hummingbird
import TripModel
import TripStore

/// Turns every error into a page with an explicit status and a message the user can act on.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let pages: Pages

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let web = Self.webError(error)
            context.logger.info("\(request.method) \(request.uri.path) -> \(web.status.code): \(web.en)")
            do {
                return try pages.render("error", ["status": web.status.code, "message": web.text(context.lang)], context: context, status: web.status)
            } catch {
                return Response(status: web.status, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: web.text(context.lang))))
            }
        }
    }

    static func webError(_ error: any Error) -> WebError {
        switch error {
        case let e as WebError: return e
        case let e as StoreError:
            switch e {
            case .noSuchDelegation, .noSuchEvent: return WebError(status: .notFound, zh: e.text(.zh), en: e.text(.en))
            default: return WebError(status: .unprocessableContent, zh: e.text(.zh), en: e.text(.en))
            }
        case let e as HTTPError where e.status == .contentTooLarge:
            return WebError.tooLarge(limit: 40 * 1_048_576)
        case let e as any HTTPResponseError:
            return WebError(status: e.status, zh: "請求無法處理（\(e.status.code)）。", en: "The request could not be handled (\(e.status.code)).")
        default:
            return WebError(status: .internalServerError, zh: "伺服器發生錯誤：\(error)", en: "Server error: \(error)")
        }
    }
}
