import Foundation
import Hummingbird
import TripApp
import TripModel

/// The report page (what is left, the warnings, a preview) and the report kinds and formats the
/// templates offer, each made on request and downloaded.
struct ReportController: Sendable {
    let app: WebApp

    /// The preview's own policy: the HTML writer's page carries its styles inline; it runs no
    /// script and is never framed.
    static let previewPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'none'"

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/report") { request, context in try await page(request, context) }
        router.get("/d/:trip/report/:kind/:format") { _, context in try await download(context) }
        router.get("/d/:trip/preview/:kind") { _, context in try await preview(context) }
    }

    func page(_ request: Request, _ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let wanted = request.uri.queryParameters["kind"].map(String.init) ?? "trip"
        let review = try await ReviewReport(app.context(context)).run(ReviewReport.Input(trip: trip, kind: wanted))
        let d = review.delegation
        let lang = context.lang
        let kinds = try await ReportKinds(app.context(context)).run().map { kind in
            let names = Self.offered.map(\.rawValue) + (kind.uploadFields ? DownloadReport.UploadFields.allCases.map(\.rawValue) : [])
            return ReportPage.Kind(
                id: kind.id,
                name: kind.name.text(lang),
                formats: names.map {
                    ReportPage.Download(format: $0, link: "/d/\(d.id.pathEscaped)/report/\(kind.id)/\($0)")
                },
                current: kind.id == review.kind.id
            )
        }
        let writesProse = Access.mayWriteProse(context.requester, on: d)
        let sections = review.sections.map { s -> ReportPage.Section in
            let link: (String, Word)? =
                switch s.place {
                case let .event(id): ("/d/\(d.id.pathEscaped)/e/\(id.pathEscaped)", .fillOnEvent)
                case .press: ("/d/\(d.id.pathEscaped)/press", .fillOnPress)
                case let .prose(field) where writesProse: ("/d/\(d.id.pathEscaped)/report/text#\(field.key)", .fillProse)
                case .prose, .plan: ("/plan", .fillInPlan)
                case .none: nil
                }
            return ReportPage.Section(
                level: s.level,
                heading: s.heading,
                left: s.prompts > 0 ? s.prompts : nil,
                link: s.prompts > 0 ? link?.0 : nil,
                linkLabel: link.map { $0.1.text.text(lang) }
            )
        }
        let readiness = review.readiness.map { diag in
            ReportPage.Line(severity: diag.severity.rawValue, message: diag.message.text(lang), fix: diag.fix?.text(lang).nonEmpty)
        }
        let warnings = review.warnings.map { ReportPage.Line(severity: "warning", message: $0.text(lang), fix: nil) }
        let page = ReportPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            kinds: kinds,
            reviewed: review.kind.name.text(lang),
            reviewedID: review.kind.id,
            prompts: review.prompts,
            done: review.prompts == 0,
            sections: sections,
            readiness: readiness,
            warnings: warnings,
            proseLink: writesProse ? "/d/\(d.id.pathEscaped)/report/text" : nil
        )
        return try app.pages.render("report", page, context: context)
    }

    /// The draft as the HTML writer makes it, for reading in the browser (pictures are in the
    /// downloads).
    func preview(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let kind = try context.parameters.require("kind")
        let review = try await ReviewReport(app.context(context)).run(ReviewReport.Input(trip: trip, kind: kind))
        return Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: ReportController.previewPolicy],
            body: .init(byteBuffer: ByteBuffer(string: review.html))
        )
    }

    /// The formats in the order users want them: the documents they file first, Markdown last.
    static let offered: [ReportFormat] = [.odt, .docx, .pdf, .html, .md]

    func download(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let kind = try context.parameters.require("kind")
        let name = try context.parameters.require("format")
        let input: DownloadReport.Input
        if let format = ReportFormat(rawValue: name) {
            input = DownloadReport.Input(trip: trip, kind: kind, format: format)
        } else if let fields = DownloadReport.UploadFields(rawValue: name) {
            input = DownloadReport.Input(trip: trip, kind: kind, uploadFields: fields)
        } else {
            throw WebError.notFound("format")
        }
        let file = try await DownloadReport(app.context(context)).run(input)
        let encoded =
            file.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? file.asciiName
        return Response(
            status: .ok,
            headers: [
                .contentType: file.mediaType,
                .contentDisposition: "attachment; filename=\"\(file.asciiName)\"; filename*=UTF-8''\(encoded)",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: file.data))
        )
    }
}
