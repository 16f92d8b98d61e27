import Foundation
import Hummingbird
import TripApp
import TripModel

/// Upload a plan file: the same reader and importer as `tripwright import` (`ImportPlan`), with
/// the upload's file policy; its errors are shown at the lines they name, and a file with errors
/// imports nothing.
struct PlanController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/plan") { _, context in
            try Access.requireOrganiser(context.requester)
            return try app.pages.render("plan", PlanPage.blank, context: context)
        }
        router.post("/plan") { _, context in try await upload(context) }
        router.post("/plan/example") { _, context -> Response in
            try Access.requireOrganiser(context.requester)
            guard let seed = app.config.exampleSeed else { throw WebError.notFound("seeds/kyushu-2025.yaml") }
            let summary = try await ImportPlan(app.context(context)).run(ImportPlan.Input(.file(seed, displayName: seed.lastPathComponent)))
            return app.redirect("/d/\(summary.delegationID.pathEscaped)")
        }
        router.get("/d/:trip/plan.yaml") { _, context -> Response in
            let plan = try await ExportPlan(app.context(context)).run(ReadDelegation.Input(trip: try context.parameters.require("trip")))
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/yaml; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"\(plan.id).yaml\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: plan.text))
            )
        }
    }

    func upload(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester)
        let lang = context.lang
        let file = context.form.files.first { $0.field == "plan" }
        let pasted = context.form.fields["text"]?.first ?? ""
        guard let data = file?.data ?? (pasted.isEmpty ? nil : Data(pasted.utf8)) else { throw WebError.noPlanFile }
        let name = Self.displayName(file?.fileName ?? "plan.yaml")
        do {
            let summary = try await ImportPlan(app.context(context)).run(ImportPlan.Input(.upload(data, fileName: name)))
            return app.redirect("/d/\(summary.delegationID.pathEscaped)?imported=1")
        } catch {
            switch error {
            case let .plan(errors):
                // Shown beside the errors only when it is text a page can hold (not UTF-16, not a
                // binary) and short enough to read.
                let text = String(data: data, encoding: .utf8).flatMap { $0.contains("\0") ? nil : $0 } ?? ""
                let shown = Array(errors.errors.prefix(PlanLimits.printedErrors))
                let byLine = Dictionary(grouping: shown, by: \.line)
                let source = text.isEmpty ? [] : text.components(separatedBy: "\n")
                let lines = (source.count > 2_000 ? [] : source).enumerated().map { i, line in
                    let here = byLine[i + 1] ?? []
                    return PlanPage.SourceLine(
                        number: i + 1,
                        text: line.nonEmpty,
                        bad: !here.isEmpty,
                        errors: here.map { PlanPage.LineError(column: $0.column, message: $0.message(lang)) }
                    )
                }
                // Every error is in the list above the source; what the list cannot hold is counted.
                var unplaced: [PlanPage.Message] = []
                if errors.count > shown.count {
                    unplaced.append(PlanPage.Message(message: Self.moreErrors(errors.count - shown.count).text(lang)))
                }
                let list = shown.map {
                    PlanPage.ErrorLine(where: "\($0.file):\($0.line):\($0.column)", message: $0.message(lang), anchor: "L\($0.line)")
                }
                return try app.pages.render(
                    "plan",
                    PlanPage(
                        failed: true,
                        errors: list,
                        lines: lines,
                        hasSource: !lines.isEmpty,
                        unplaced: unplaced,
                        fileName: name
                    ),
                    context: context,
                    status: .unprocessableContent
                )
            default:
                throw error
            }
        }
    }

    /// `…另有 3 個錯誤。`
    static func moreErrors(_ n: Int) -> LocalizedText {
        LocalizedText(zh: "…另有 \(n) 個錯誤。", en: "… and \(n) more errors.")
    }

    /// The sender's file name, for messages only.
    static func displayName(_ name: String) -> String {
        let base = (name as NSString).lastPathComponent
        return base.isEmpty ? "plan.yaml" : String(base.prefix(80))
    }
}
