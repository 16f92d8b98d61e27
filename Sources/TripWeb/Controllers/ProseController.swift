import Foundation
import Hummingbird
import TripApp
import TripModel

/// The report's prose on the web: one form per field (`ReadProse`), each saving one `EditProse`
/// with the revision the page showed. A refused save comes back with what was typed (422), a
/// save over text changed meanwhile with both versions (409); nothing typed is lost.
struct ProseController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/report/text") { request, context in
            let saved = request.uri.queryParameters["saved"].flatMap { ProseField(key: String($0)) }
            return try await page(context, retry: Retry(saved: saved))
        }
        router.post("/d/:trip/report/text/:field") { _, context in try await save(context) }
    }

    /// What the page shows after a save: the field saved, or the one refused with what was typed.
    struct Retry {
        var saved: ProseField? = nil
        var field: ProseField? = nil
        /// What was typed (nil: the stored value, e.g. a removal not confirmed).
        var typed: ProseText? = nil
        var message: LocalizedText? = nil
        var conflict: ProseText? = nil
        var status: HTTPResponse.Status = .ok
    }

    func page(_ context: WebContext, retry: Retry) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let read = try await ReadProse(app.context(context)).run(ReadProse.Input(trip: trip))
        let d = read.delegation
        let lang = context.lang
        let fields = read.entries.map { entry -> ProsePage.Field in
            let mine = retry.field == entry.field
            let shown = (mine ? retry.typed : nil) ?? entry.value
            let adding = entry.field.isReflection && entry.value.isEmpty
            return ProsePage.Field(
                key: entry.field.key,
                label: ProseController.label(entry.field, adding: adding, council: d.council != nil, lang: lang),
                action: "/d/\(d.id.pathEscaped)/report/text/\(entry.field.key)",
                reflection: entry.field.isReflection,
                adding: adding,
                removable: entry.field.isReflection && !adding,
                theme: shown.theme ?? "",
                text: shown.text ?? "",
                // After a conflict the form names the current revision: saving again is a choice.
                revision: entry.revision,
                drafted: entry.drafted,
                hasDrafted: !entry.drafted.isEmpty,
                findings: entry.findings.map { DiagnosticLine($0, lang: lang) },
                hasFindings: !entry.findings.isEmpty,
                summaryCount: entry.field == .summary ? ProseController.count(shown.text ?? "", limits: read.summaryLimits, lang: lang) : nil,
                theirs: mine
                    ? retry.conflict.map {
                        ProsePage.Conflict(theirTheme: $0.theme ?? "", theirText: $0.text ?? ProseController.empty.text(lang))
                    } : nil,
                // A conflict says what happened above both versions; a refusal says it under the box.
                refusal: mine && retry.conflict == nil ? retry.message?.text(lang) : nil,
                savedHere: retry.saved == entry.field ? ProseController.saved(entry.field).text(lang) : nil
            )
        }
        let page = ProsePage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            // The refusal is shown on its form; the top of the page only says which field.
            message: retry.field.flatMap { f in retry.message.map { _ in ProseController.refused(f).text(lang) } },
            saved: retry.saved.map { ProseController.saved($0).text(lang) },
            fields: fields
        )
        return try app.pages.render("prose", page, context: context, status: retry.status)
    }

    func save(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        guard let field = ProseField(key: try context.parameters.require("field")) else { throw WebError.notFound("field") }
        // A form without its revision is stale or forged: never a save over unseen text.
        guard let revision = context.form["revision"], revision.count <= 64, !revision.isEmpty else {
            throw WebError.missingRevision(retry: true)
        }
        // Removing a 心得 part is not in the corrections history: the remove button asks for a tick.
        if context.form["remove"] == "yes", context.form["confirm"] != "yes" {
            return try await page(context, retry: Retry(field: field, message: ProseController.unconfirmed, status: .unprocessableContent))
        }
        let typed = ProseText(theme: field.isReflection ? context.form["theme"] : nil, text: context.form["text"] ?? "")
        let input = EditProse.Input(trip: trip, field: field, revision: revision, theme: typed.theme, text: typed.text ?? "")
        do {
            try await EditProse(app.context(context)).run(input)
        } catch {
            switch error {
            case let .proseConflict(_, conflict):
                let retry = Retry(field: field, typed: typed, message: error.publicMessage, conflict: conflict.current, status: .conflict)
                return try await page(context, retry: retry)
            case let .refused(problems):
                let label = field.label
                let message = problems.problems.map { $0.message(label: $0.key == "theme" ? LocalizedText(zh: "主題", en: "Theme") : label) }
                    .reduce(LocalizedText(zh: "", en: "")) { $0.zh.isEmpty ? $1 : LocalizedText(zh: $0.zh + "\n" + $1.zh, en: $0.en + "\n" + $1.en) }
                return try await page(context, retry: Retry(field: field, typed: typed, message: message, status: .unprocessableContent))
            default:
                throw error
            }
        }
        return app.redirect("/d/\(trip.pathEscaped)/report/text?saved=\(field.key)#\(field.key)")
    }

    /// The field's name, with what else the report drafts from it.
    static func label(_ field: ProseField, adding: Bool, council: Bool, lang: Lang) -> String {
        if adding { return Word.addReflection.text.text(lang) }
        let name = field.label.text(lang)
        let also: Word? =
            switch field {
            case .purpose where council: .fromPurpose
            case .summary where council: .fromSummary
            default: nil
            }
        guard let also else { return name }
        return name + Word.parenOpen.text.text(lang) + also.text.text(lang) + Word.parenClose.text.text(lang)
    }

    /// 摘要's count as `ProseCheck` counts it, against the checks' limits.
    static func count(_ text: String, limits: (low: Int, high: Int), lang: Lang) -> ProsePage.Count {
        let value = ProseCheck.count(text)
        return ProsePage.Count(
            value: value,
            low: limits.low,
            high: limits.high,
            state: (limits.low...max(limits.low, limits.high)).contains(value) ? "ok" : "warning",
            limits: LocalizedText(zh: "（應為 \(limits.low)–\(limits.high) 字）", en: "(should be \(limits.low)–\(limits.high))").text(lang)
        )
    }

    /// That a field was not saved.
    static func refused(_ field: ProseField) -> LocalizedText {
        LocalizedText(zh: "「\(field.label.zh)」沒有儲存，請看該欄下方的說明。", en: "\(field.label.en) was not saved; see the note under it.")
    }

    /// A removal sent without its confirmation.
    static let unconfirmed = LocalizedText(
        zh: "沒有刪除：請先勾選「確定刪除」再按刪除。",
        en: "Not removed: tick the confirmation, then press Remove."
    )

    /// A field someone else emptied.
    static let empty = LocalizedText(zh: "（空白：報告印出【待填】提示）", en: "(empty: the report prints a 【待填】 prompt)")

    /// That a field was saved.
    static func saved(_ field: ProseField) -> LocalizedText {
        LocalizedText(zh: "已儲存「\(field.label.zh)」。", en: "\(field.label.en) saved.")
    }
}
