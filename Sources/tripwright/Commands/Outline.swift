import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright outline TRIP [ACTION SECTION [HEADING]]`: shows a report's outline, or makes one
/// change to it — the same use cases as the web page's controls.
struct Outline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "查看或調整報告大綱。 Show or change a report's outline.",
        discussion: """
            動作 Actions: up, down, merge（與下一段合併 with the next）, split（每個行程一段 one per visit）, \
            hide（不列入本文 out of the body）, show, rename（新標題；空白則用行程名稱 new heading, empty for the visits' titles）, \
            text（本段內文；空白則用行程紀錄 the section's own text, empty for the visits' notes）。
            段落以編號指定，例如 3 或 2.1（見不帶動作時的列表）。 Sections are named by number, e.g. 3 or 2.1 (as listed).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Argument(help: "動作（省略則列出大綱）。 Action (leave out to list the outline).")
    var action: String?

    @Argument(help: "段落編號，例如 3 或 2.1。 Section number, e.g. 3 or 2.1.")
    var section: String?

    @Argument(help: "rename 的新標題或 text 的內文。 The new heading for rename, the text for text.")
    var heading: String?

    @Option(help: "報告種類（預設 trip）。 Report kind (default trip).")
    var kind = "trip"

    static let actions = ["up", "down", "merge", "split", "hide", "show", "rename", "text"]

    func run() async throws {
        let lang = global.lang
        guard let action else {
            let read = try await reporting(lang) { try await ReadOutline(global.context).run(ReadOutline.Input(trip: trip, kind: kind)) }
            say(Outline.lines(read.outline, delegation: read.delegation, lang: lang).joined(separator: "\n"))
            return
        }
        let change = try Outline.change(action, section: section, heading: heading)
        let changed = try await reporting(lang) {
            try await ChangeOutline(global.context).run(ChangeOutline.Input(trip: trip, kind: kind, revision: nil, change: change))
        }
        say(Outline.lines(changed.outline, delegation: changed.delegation, lang: lang).joined(separator: "\n"))
    }

    /// The change the arguments name, or a refusal saying what to write.
    static func change(_ action: String, section: String?, heading: String?) throws -> OutlineChange {
        guard actions.contains(action) else {
            let near = NearestNames.nearest(to: action, among: actions, limit: 1).first
            throw CLIError(
                LocalizedText(
                    zh: "不認得動作「\(action)」" + (near.map { "，是否應為 \($0)？" } ?? "。") + "可用的動作：\(actions.joined(separator: "、"))。",
                    en: "unknown action '\(action)'" + (near.map { "; did you mean \($0)?" } ?? ".") + " Actions: \(actions.joined(separator: ", "))."
                )
            )
        }
        guard let section, let path = OutlinePath(text: section) else {
            throw CLIError(
                LocalizedText(
                    zh: "請寫段落編號，例如 3 或 2.1（不帶動作執行可列出編號）。",
                    en: "write a section number, e.g. 3 or 2.1 (run without an action to list them)."
                )
            )
        }
        if action != "rename", action != "text", heading != nil {
            throw CLIError(LocalizedText(zh: "只有 rename 與 text 需要文字。", en: "only rename and text take a text."))
        }
        switch action {
        case "up": return .moveUp(path)
        case "down": return .moveDown(path)
        case "merge": return .mergeWithNext(path)
        case "split": return .split(path)
        case "hide": return .show(path, false)
        case "show": return .show(path, true)
        case "text": return .text(path, heading)
        default: return .rename(path, heading)
        }
    }

    /// One line per section: its number, its heading (or its visits' titles), hidden or not,
    /// and the visits it covers.
    static func lines(_ outline: ReportOutline, delegation d: Delegation, lang: Lang) -> [String] {
        var out: [String] = []
        func walk(_ sections: [OutlineSection], _ prefix: [Int]) {
            for (i, s) in sections.enumerated() {
                let path = prefix + [i + 1]
                let titles = s.events.compactMap { id in d.events.first { $0.id == id }?.title }
                let heading = s.heading ?? titles.joined(separator: "、")
                let hidden = s.inBody ? "" : (lang == .zh ? "［不列入本文］" : " [not in the body]")
                let events = s.events.isEmpty ? "" : "  (" + s.events.joined(separator: ", ") + ")"
                out.append(
                    String(repeating: "  ", count: prefix.count) + OutlinePath(path).description + "  " + TerminalText.neutralised(heading) + hidden
                        + events
                )
                walk(s.sections, path)
            }
        }
        walk(outline.sections, [])
        return out
    }
}
