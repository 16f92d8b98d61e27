import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright report-text TRIP [--field F] (--text T | --file F | --show)`: shows or writes the
/// report's prose (目的, 摘要, 心得 parts, 建議) — the same use cases as the web's report text page.
struct ReportText: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-text",
        abstract: "查看或撰寫報告文字（目的、摘要、心得、建議）。 Show or write the report's prose.",
        discussion: """
            欄位 Fields: purpose（目的）, summary（摘要）, suggestions（建議）, reflection-N（第 N 則心得 the N-th reflection；\
            最後一則之後的下一號為新增 one past the last adds one）。
            空白文字會清除該欄（報告改印【待填】提示），空白的心得會被刪除。 Blank text clears the field (the report prints its \
            【待填】 prompt); a blank reflection is removed.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(help: "欄位：purpose、summary、suggestions、reflection-N。 The field: purpose, summary, suggestions, reflection-N.")
    var field: String?

    @Option(help: "新的內容（空字串清除）。 The new text (an empty one clears the field).")
    var text: String?

    @Option(help: "從 UTF-8 文字檔讀取內容。 Read the text from a UTF-8 text file.")
    var file: String?

    @Option(help: "心得的主題（只用於 reflection-N）。 A reflection's theme (reflection-N only).")
    var theme: String?

    @Option(help: "--show 列出的版本：欄位在此之後被改過則不儲存。 The revision --show printed: nothing is saved if the field changed since.")
    var revision: String?

    @Flag(help: "列出欄位內容與報告檢查結果（未給 --text 或 --file 時亦同）。 Show the fields and their findings (also without --text or --file).")
    var show = false

    /// The largest text file read: far beyond any report's prose.
    static let maximumFileBytes = 1_048_576

    func validate() throws {
        if text != nil && file != nil {
            throw ValidationError("--text 與 --file 只能擇一。 Give --text or --file, not both.")
        }
        if show && (text != nil || file != nil) {
            throw ValidationError("--show 不能與 --text 或 --file 同用。 --show does not go with --text or --file.")
        }
        if (text != nil || file != nil) && field == nil {
            throw ValidationError("請以 --field 指定欄位。 Name the field with --field.")
        }
        if theme != nil && text == nil && file == nil {
            throw ValidationError("--theme 需與 --text 或 --file 同用。 --theme goes with --text or --file.")
        }
        if let field, ProseField(key: field) == nil {
            throw ValidationError(
                "不認得欄位「\(field)」；可用 purpose、summary、suggestions、reflection-N。 Unknown field '\(field)': use purpose, summary, suggestions or reflection-N."
            )
        }
    }

    func run() async throws {
        let lang = global.lang
        let chosen = field.flatMap(ProseField.init(key:))
        guard let chosen, let given = try given() else {
            let read = try await reporting(lang) { try await ReadProse(global.context).run(ReadProse.Input(trip: trip)) }
            say(ReportText.lines(read, only: chosen, lang: lang).joined(separator: "\n"))
            return
        }
        if theme != nil, !chosen.isReflection {
            throw CLIError(LocalizedText(zh: "只有心得（reflection-N）有主題。", en: "only a reflection (reflection-N) has a theme."))
        }
        let flags = [chosen.key: file == nil ? "--text" : (file ?? ""), "theme": "--theme"]
        let input = EditProse.Input(trip: trip, field: chosen, revision: revision, theme: theme, text: given)
        let saved = try await reporting(lang, flags: flags) {
            do {
                return try await EditProse(global.context).run(input)
            } catch let AppError.proseConflict(_, conflict) {
                throw CLIError(ReportText.conflict(conflict))
            }
        }
        let name = chosen.label
        say(
            saved.value.isEmpty
                ? LocalizedText(zh: "已清除「\(name.zh)」。", en: "Cleared \(name.en).").text(lang)
                : LocalizedText(zh: "已儲存「\(name.zh)」。", en: "Saved \(name.en).").text(lang)
        )
    }

    /// Both versions of a conflict, and how to save over the current one.
    static func conflict(_ c: EditConflict<ProseText>) -> LocalizedText {
        let theirs = [c.current.theme, c.current.text].compactMap { $0 }.map(TerminalText.neutralised).joined(separator: "\n")
        let yours = [c.attempted.theme, c.attempted.text].compactMap { $0 }.map(TerminalText.neutralised).joined(separator: "\n")
        return LocalizedText(
            zh: "這段文字在 --show 之後已被他人修改，您的版本沒有儲存。\n目前內容：\n\(theirs)\n您的版本：\n\(yours)\n"
                + "比對後若仍要以您的版本取代，請加上 --revision \(c.revision) 再執行一次。",
            en: "Someone else changed this text after --show; your version was not saved.\nCurrent text:\n\(theirs)\nYour version:\n\(yours)\n"
                + "To replace it with yours after comparing, run again with --revision \(c.revision)."
        )
    }

    /// The text given by `--text` or read from `--file`; nil when neither is given.
    func given() throws -> String? {
        if let text { return text }
        guard let file else { return nil }
        let url = URL(fileURLWithPath: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        guard let size else {
            throw CLIError(LocalizedText(zh: "無法讀取檔案 \(file)。請確認路徑。", en: "cannot read the file \(file). Check the path."))
        }
        guard size <= ReportText.maximumFileBytes else {
            throw CLIError(LocalizedText(zh: "檔案 \(file) 超過 1 MB，不像是報告文字。", en: "the file \(file) is over 1 MB; it does not look like report text."))
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError(
                LocalizedText(
                    zh: "檔案 \(file) 不是 UTF-8 文字檔，請另存為 UTF-8 後再試。",
                    en: "the file \(file) is not UTF-8 text; save it as UTF-8 and try again."
                )
            )
        }
        return text
    }

    /// Each field (or the one asked for): its name, its text or that it is empty, 摘要's count,
    /// and its findings.
    static func lines(_ read: ReadProse.Output, only: ProseField?, lang: Lang) -> [String] {
        var out: [String] = []
        for entry in read.entries where only == nil || entry.field == only {
            let adding = entry.field.isReflection && entry.value.isEmpty
            if adding && only == nil { continue }
            out.append(
                "== \(entry.field.key)  \(entry.field.label.text(lang))" + (entry.value.theme.map { "：\(TerminalText.neutralised($0))" } ?? "")
                    + "  (--revision \(entry.revision))"
            )
            out.append(
                entry.value.text.map(TerminalText.neutralised)
                    ?? LocalizedText(zh: "（空白：報告印出【待填】提示）", en: "(empty: the report prints a 【待填】 prompt)").text(lang)
            )
            if entry.field == .summary, let text = entry.value.text {
                let (low, high) = read.summaryLimits
                out.append(
                    LocalizedText(
                        zh: "字數 \(ProseCheck.count(text))（應為 \(low)–\(high) 字）",
                        en: "\(ProseCheck.count(text)) characters (should be \(low)–\(high))"
                    )
                    .text(lang)
                )
            }
            for finding in entry.findings { out.append("! " + finding.message.text(lang)) }
            out.append("")
        }
        return out
    }
}
