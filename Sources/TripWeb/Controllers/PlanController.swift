import Foundation
import Hummingbird
import TripModel
import TripStore

/// Upload a plan file: the same reader and importer as `tripwright import`; its errors are
/// shown at the lines they name, and a file with errors imports nothing.
struct PlanController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/plan") { _, context in
            try Access.requireOrganiser(context)
            return try app.pages.render("plan", [:], context: context)
        }
        router.post("/plan") { _, context in try upload(context) }
        router.post("/plan/example") { _, context -> Response in
            try Access.requireOrganiser(context)
            guard let seed = app.config.exampleSeed else { throw WebError.notFound("seeds/kyushu-2025.yaml") }
            let summary = try PlanImporter(location: app.config.location).importFile(at: seed, displayName: seed.lastPathComponent, into: app.database)
            return app.redirect("/d/\(summary.delegationID.pathEscaped)")
        }
        router.get("/d/:trip/plan.yaml") { _, context -> Response in
            let d = try app.delegation(context)
            let text = try PlanWriter().write(d)
            return Response(status: .ok, headers: [.contentType: "text/yaml; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"\(d.id).yaml\""],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }

    func upload(_ context: WebContext) throws -> Response {
        try Access.requireOrganiser(context)
        let lang = context.lang
        let file = context.form.files.first { $0.field == "plan" }
        let pasted = context.form.fields["text"]?.first ?? ""
        guard let data = file?.data ?? (pasted.isEmpty ? nil : Data(pasted.utf8)) else {
            throw WebError.badRequest("請選擇計畫檔。", "Choose a plan file.")
        }
        // Shown beside the errors only when it is text a page can hold (not UTF-16, not a
        // binary) and short enough to read.
        let text = String(data: data, encoding: .utf8).flatMap { $0.contains("\0") ? nil : $0 } ?? ""
        let name = Self.displayName(file?.fileName ?? "plan.yaml")
        let importer = PlanImporter(location: app.config.location)
        do {
            // The upload policy: files already in the data folder only (issue 9 §3).
            let plan = try importer.uploadReader.read(data: data, fileName: name, baseDirectory: app.config.location.files)
            let summary = try importer.importPlan(plan, into: app.database)
            return app.redirect("/d/\(summary.delegationID.pathEscaped)?imported=1")
        } catch let errors as PlanErrors {
            let shown = Array(errors.errors.prefix(PlanLimits.printedErrors))
            let byLine = Dictionary(grouping: shown, by: \.line)
            let source = text.isEmpty ? [] : text.components(separatedBy: "\n")
            let lines: [[String: Any]] = (source.count > 2_000 ? [] : source).enumerated().map { i, line in
                let here = byLine[i + 1] ?? []
                return ["number": i + 1, "text": line, "bad": !here.isEmpty,
                        "errors": here.map { ["column": $0.column, "message": $0.message(lang)] }]
            }
            // Every error is in the list above the source; what the list cannot hold is counted.
            var unplaced: [[String: String]] = []
            if errors.count > shown.count {
                unplaced.append(["message": lang == .zh ? "…另有 \(errors.count - shown.count) 個錯誤。" : "… and \(errors.count - shown.count) more errors."])
            }
            let list = shown.map { ["where": "\($0.file):\($0.line):\($0.column)", "message": $0.message(lang), "anchor": "L\($0.line)"] }
            return try app.pages.render("plan", ["failed": true, "errors": list, "lines": lines, "hasSource": !lines.isEmpty, "unplaced": unplaced, "fileName": name],
                                        context: context, status: .unprocessableContent)
        }
    }

    /// The sender's file name, for messages only.
    static func displayName(_ name: String) -> String {
        let base = (name as NSString).lastPathComponent
        return base.isEmpty ? "plan.yaml" : String(base.prefix(80))
    }
}
