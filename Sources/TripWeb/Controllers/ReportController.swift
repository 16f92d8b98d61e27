import Foundation
import Hummingbird
import TripApp
import TripModel

/// The report kinds and formats the templates offer, each made on request and downloaded.
struct ReportController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/report") { _, context in try await page(context) }
        router.get("/d/:trip/report/:kind/:format") { _, context in try await download(context) }
    }

    func page(_ context: WebContext) async throws -> Response {
        let d = try await app.delegation(context)
        let kinds = try await ReportKinds(app.context(context)).run().map { kind in
            ReportPage.Kind(id: kind.id, name: kind.name.text(context.lang), formats: ReportFormat.allCases.map {
                ReportPage.Download(format: $0.rawValue, link: "/d/\(d.id.pathEscaped)/report/\(kind.id)/\($0.rawValue)")
            })
        }
        return try app.pages.render("report", ReportPage(trip: TripHeader(d, requester: context.requester, lang: context.lang), kinds: kinds),
                                    context: context)
    }

    func download(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip"), kind = try context.parameters.require("kind")
        guard let format = ReportFormat(rawValue: try context.parameters.require("format")) else { throw WebError.notFound("format") }
        let file = try await DownloadReport(app.context(context)).run(DownloadReport.Input(trip: trip, kind: kind, format: format))
        let encoded = file.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? file.asciiName
        return Response(status: .ok, headers: [.contentType: file.mediaType,
                                               .contentDisposition: "attachment; filename=\"\(file.asciiName)\"; filename*=UTF-8''\(encoded)"],
                        body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }
}
