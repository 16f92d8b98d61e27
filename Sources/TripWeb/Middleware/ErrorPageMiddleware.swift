import Hummingbird
import NIOCore
import TripModel
import TripStore

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
                context.logger.info("\(request.method) \(request.uri.path) -> \(web.status.code): \(TerminalText.neutralised(web.en))")
            }
            let message = paths.scrub(web.text(context.lang))
            var response: Response
            do {
                response = try pages.render("error", ["status": web.status.code, "message": message], context: context, status: web.status)
            } catch {
                response = Response(status: web.status, headers: [.contentType: "text/plain; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: message)))
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

    static func webError(_ error: any Error) -> WebError {
        switch error {
        case let e as WebError: return e
        case let e as StoreError:
            // Error pages never show server paths: files are named by their last component.
            let text = e.message(showingPaths: false)
            return WebError(status: status(of: e), zh: text.zh, en: text.en)
        case let e as FieldProblems:
            return WebError(status: .unprocessableContent, zh: e.text(.zh), en: e.text(.en))
        case let e as HTTPError where e.status == .contentTooLarge:
            return WebError.tooLarge(limit: 40 * 1_048_576)
        case let e as any HTTPResponseError:
            return WebError(status: e.status, zh: "請求無法處理（\(e.status.code)）。", en: "The request could not be handled (\(e.status.code)).")
        case let e as any UserFacingError:
            return WebError(status: .unprocessableContent, zh: e.message.zh, en: e.message.en)
        default:
            // Swift and Foundation error texts name files and internals: the log keeps them.
            return WebError(status: .internalServerError,
                            zh: "伺服器發生錯誤，這次的操作沒有完成。請稍後再試；若持續發生，請通知系統管理者（詳情已記錄於伺服器日誌）。",
                            en: "Something went wrong on the server and this was not done. Try again later; if it keeps happening, tell the administrator (the details are in the server's log).")
        }
    }

    /// The HTTP status of a store error: missing things 404, a clash with what is stored 409, a
    /// store that cannot be written now 503, a store that cannot be used 500, the rest 422.
    static func status(of e: StoreError) -> HTTPResponse.Status {
        switch e {
        case .noSuchDelegation, .noSuchEvent, .noSuchMember, .noSuchPhoto, .noSuchPress: return .notFound
        case .idTaken, .memberInUse: return .conflict
        case .readOnly, .readNeedsFolderAccess, .diskFull, .busy, .ioError, .fileNotStored, .folderNotCreated: return .serviceUnavailable
        case .damaged, .schemaDamaged, .notADatabase, .corrupt, .unknownCode, .newerSchema, .needsUpgrade, .databaseMissing, .databaseIsFolder, .noHome:
            return .internalServerError
        default: return .unprocessableContent
        }
    }
}
