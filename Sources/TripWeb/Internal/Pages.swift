import Foundation
import Hummingbird
import Mustache
import TripApp
import TripModel

/// The Mustache templates of the pages, read once at start. Each page renders a typed view
/// (`Views/`), so a misspelt field is a compile error; `{{ }}` escapes HTML, and no template
/// uses triple braces on a user's string.
struct Pages: Sendable {
    let library: MustacheLibrary
    let staticFolder: URL
    /// Bodies of list pages already rendered, kept by what they were rendered from.
    let bodies = RenderedBodies()

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
    func render(_ name: String, _ page: Any, context: WebContext, status: HTTPResponse.Status = .ok) throws -> Response {
        html(try text(name, page, context: context), status: status)
    }

    /// A page made of the layout around a body already rendered (and escaped) by a template,
    /// so a cached body can be reused without any triple-brace insertion; `trip` is the
    /// delegation's header, nil on pages of no one delegation.
    func render(body: String, trip: TripHeader?, context: WebContext) throws -> Response {
        let layout = LayoutPage(trip: trip)
        return html(try text("layout-top", layout, context: context) + body + (try text("layout-bottom", layout, context: context)), status: .ok)
    }

    /// A template rendered with the page's view and the values every page has.
    func text(_ name: String, _ page: Any, context: WebContext) throws -> String {
        let lang = context.lang
        // The local user of a sign-in-free server has nothing to sign out of.
        let user = context.requester.signedIn.map {
            CommonView.User(name: $0.name, role: LocalizedText(zh: $0.role.zh, en: $0.role.rawValue).text(lang))
        }
        let other = Lang.allCases.first { $0 != lang } ?? lang
        let common = CommonView(
            t: WordTable(lang: lang),
            lang: CommonView.languageTag(lang),
            otherLang: other.rawValue,
            otherLangName: CommonView.languageName(other),
            csrf: LazyText { context.csrfToken },
            user: user
        )
        guard let html = library.render(PageRoot(page: page, common: common), withTemplate: name) else {
            throw WebError(
                status: .internalServerError,
                message: LocalizedText(zh: "缺少頁面樣板「\(name)」。", en: "The page template '\(name)' is missing.")
            )
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
