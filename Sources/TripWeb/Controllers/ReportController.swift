import Foundation
import Hummingbird
import TripModel
import TripReport
import TripStore

/// Report kinds and formats the report layer offers, generated on request and downloaded.
struct ReportController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/report") { _, context in try page(context) }
        router.get("/d/:trip/report/:kind/:format") { _, context in try download(context) }
    }

    static let kindNames: [String: (String, String)] = [
        "trip": ("出國報告", "Trip report"), "council": ("議會專案報告", "Council report"),
        "abstract": ("出國報告提要", "Report abstract"), "review-form": ("審核表", "Review form"),
    ]

    func page(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let templates = try templateSet()
        // The trip report first, then the others an agency files with it, then any it added.
        let order = ["trip", "council", "abstract", "review-form"]
        let ids = templates.kinds.keys.sorted { a, b in
            (order.firstIndex(of: a) ?? order.count, a) < (order.firstIndex(of: b) ?? order.count, b)
        }
        let kinds: [[String: Any]] = ids.map { id in
            let names = Self.kindNames[id] ?? (id, id)
            return ["id": id, "name": context.lang == .zh ? names.0 : names.1,
                    "formats": ReportFormat.allCases.map { ["format": $0.rawValue, "link": "/d/\(d.id.pathEscaped)/report/\(id)/\($0.rawValue)"] }]
        }
        return try app.pages.render("report", ["trip": app.tripValues(d, context: context), "kinds": kinds], context: context)
    }

    func download(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let kind = try context.parameters.require("kind")
        guard let format = ReportFormat(rawValue: try context.parameters.require("format")) else { throw WebError.notFound("format") }
        let templates = try templateSet()
        guard templates.kinds[kind] != nil else { throw WebError.notFound(kind) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result: ReportResult
        do {
            result = try ReportGenerator(templates: templates).generate(d, options: ReportOptions(
                kind: kind, formats: [format], outFolder: folder, photoRoot: app.config.location.files))
        } catch {
            // The page says what to do; paths and LibreOffice's output stay in the server's log.
            context.logger.error("report \(d.id) \(kind).\(format.rawValue): \(TerminalText.neutralised(error.message.en))")
            let unavailable = error == .libreOfficeMissing
            let shown = error.publicMessage
            throw WebError(status: unavailable ? .serviceUnavailable : .internalServerError,
                           zh: "無法產生報告：" + shown.zh, en: "The report could not be made: " + shown.en)
        }
        guard var file = result.files.first(where: { $0.pathExtension == format.rawValue }) else {
            throw WebError(status: .internalServerError, zh: "報告檔沒有產生。", en: "No report file was written.")
        }
        let types: [ReportFormat: String] = [.md: "text/markdown; charset=utf-8", .html: "text/html; charset=utf-8",
                                             .odt: "application/vnd.oasis.opendocument.text", .pdf: "application/pdf",
                                             .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
        var type = types[format] ?? "application/octet-stream"
        var ascii = "\(d.id)-\(kind).\(format.rawValue)"
        // Markdown and HTML link to their photos in images/: one zip carries both.
        if ReportBundle.needed(for: file) {
            do {
                file = try ReportBundle.zip(file)
            } catch {
                context.logger.error("report \(d.id) \(kind).\(format.rawValue): zip: \(TerminalText.neutralised("\(error)"))")
                throw WebError(status: .internalServerError, zh: "無法打包報告與照片，請稍後再試或通知系統管理者。",
                               en: "The report and its photos could not be packed; try again later or tell the administrator.")
            }
            type = "application/zip"
            ascii = "\(d.id)-\(kind)-\(format.rawValue).zip"
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw WebError(status: .internalServerError, zh: "報告檔沒有產生。", en: "No report file was written.")
        }
        let name = file.lastPathComponent
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
        return Response(status: .ok, headers: [.contentType: type,
                                               .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func templateSet() throws -> TemplateSet {
        do {
            return try TemplateSet.locate()
        } catch {
            throw WebError(status: .internalServerError, zh: error.publicMessage.zh, en: error.publicMessage.en)
        }
    }
}
