import Foundation
import Hummingbird
import Mustache
import TripModel

/// The Mustache templates of the pages, read once at start. `{{ }}` escapes HTML; no template
/// uses triple braces on a user's string.
struct Pages: Sendable {
    let library: MustacheLibrary
    let staticFolder: URL

    /// Reads `templates/*.mustache` under a resources folder; a parse error names file, line, column.
    init(resources: URL) async throws {
        let folder = resources.appendingPathComponent("templates")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw WebStartError.resources("no templates folder at \(folder.path)")
        }
        do {
            library = try await MustacheLibrary(directory: folder.path)
        } catch let error as MustacheLibrary.ParserError {
            throw WebStartError.resources("\(error.filename):\(error.context.lineNumber):\(error.context.columnNumber): \(error.error)")
        }
        staticFolder = resources.appendingPathComponent("static")
    }

    /// Renders a page; a missing template is a thrown error (500), never a crash.
    func render(_ name: String, _ values: [String: Any], context: WebContext, status: HTTPResponse.Status = .ok) throws -> Response {
        html(try text(name, values, context: context), status: status)
    }

    /// A page made of the layout around a body already rendered (and escaped) by a template,
    /// so a cached body can be reused without any triple-brace insertion.
    func render(body: String, _ values: [String: Any], context: WebContext) throws -> Response {
        html(try text("layout-top", values, context: context) + body + (try text("layout-bottom", values, context: context)), status: .ok)
    }

    /// A template rendered with the common values (language, words, CSRF token, user).
    func text(_ name: String, _ values: [String: Any], context: WebContext) throws -> String {
        var all = values
        all["t"] = Strings.table(context.lang)
        all["lang"] = context.lang == .zh ? "zh-Hant-TW" : "en"
        all["otherLang"] = context.lang == .zh ? "en" : "zh"
        all["otherLangName"] = context.lang == .zh ? "English" : "中文"
        all["csrf"] = context.csrfToken
        // The local user of a sign-in-free server has nothing to sign out of.
        if let user = context.user, user.id != SessionMiddleware.localUser.id {
            all["user"] = ["name": user.name, "role": context.lang == .zh ? user.role.zh : user.role.rawValue]
        }
        guard let html = library.render(Self.compact(all), withTemplate: name) else {
            throw WebError(status: .internalServerError, zh: "缺少頁面樣板「\(name)」。", en: "The page template '\(name)' is missing.")
        }
        return html
    }

    private func html(_ html: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension Pages {
    /// Drops empty strings so `{{#field}}` sections skip them, as they do a missing value.
    static func compact(_ value: Any) -> Any {
        switch value {
        case let dict as [String: Any]:
            var out: [String: Any] = [:]
            for (k, v) in dict {
                if let s = v as? String, s.isEmpty { continue }
                out[k] = compact(v)
            }
            return out
        case let dicts as [[String: Any]]: return dicts.map { compact($0) }
        case let list as [Any]: return list.map { compact($0) }
        default: return value
        }
    }
}

/// The app could not start: resources missing or a template that does not parse.
public enum WebStartError: Error, CustomStringConvertible, Sendable {
    /// Templates or static files are missing or malformed.
    case resources(String)

    /// What to do about it.
    public var description: String {
        switch self {
        case let .resources(detail): "web templates: \(detail); run from the package folder or set TRIPWRIGHT_WEB_RESOURCES"
        }
    }
}
