import Foundation
import TripApp
import TripModel

/// One line of the correction history, or the answer to a correction, for the terminal.
enum LoggedChangeText {
    /// `#12 2025-09-02 10:04 刪除 筆記 5 (e-visit) 「…」 — by 王小明 (已復原 #13)`.
    static func line(_ c: LoggedChange, lang: Lang, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let t = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: c.at)
        // ROC years, as every date the users read.
        let when = String(format: "%d/%d/%d %02d:%02d", (t.year ?? 1911) - 1911, t.month ?? 0, t.day ?? 0, t.hour ?? 0, t.minute ?? 0)
        let what = action(c.action).text(lang)
        let kind = kindName(c.item.kind).text(lang)
        let place = [c.eventID, c.toEventID].compactMap { $0 }.joined(separator: " → ")
        let old = c.before?.summary ?? "—"
        let new = c.after?.summary ?? "—"
        var text = "#\(c.id) \(when) \(what) \(kind) \(c.item.key)"
        if !place.isEmpty { text += " (\(place))" }
        text += lang == .zh ? "：「\(old)」→「\(new)」" : ": “\(old)” → “\(new)”"
        if let actor = c.actor { text += lang == .zh ? "，\(actor)" : ", by \(actor)" }
        if let by = c.undoneBy { text += LocalizedText(zh: "（已由 #\(by) 復原）", en: " (undone by #\(by))").text(lang) }
        return text
    }

    /// What a correction did, said after it.
    static func done(_ c: LoggedChange, lang: Lang) -> String {
        LocalizedText(
            zh: "已\(action(c.action).zh)\(kindName(c.item.kind).zh) \(c.item.key)（修改紀錄 #\(c.id)；要復原：tripwright log undo 出國案 \(c.id)）。",
            en:
                "\(action(c.action).en.capitalized) \(kindName(c.item.kind).en) \(c.item.key) (change #\(c.id); to undo: tripwright log undo TRIP \(c.id))."
        ).text(lang)
    }

    static func action(_ a: LoggedAction) -> LocalizedText {
        switch a {
        case .edit: LocalizedText(zh: "修改", en: "edited")
        case .file: LocalizedText(zh: "補上檔案", en: "filed a file for")
        case .delete: LocalizedText(zh: "刪除", en: "deleted")
        case .move: LocalizedText(zh: "移動", en: "moved")
        case .reorder: LocalizedText(zh: "調整順序", en: "reordered")
        case .undo: LocalizedText(zh: "復原", en: "undid a change of")
        }
    }

    static func kindName(_ k: LoggedKind) -> LocalizedText {
        switch k {
        case .note: LocalizedText(zh: "筆記", en: "note")
        case .photo: LocalizedText(zh: "照片", en: "photo")
        case .outcome: LocalizedText(zh: "具體成果", en: "outcome")
        case .followUp: LocalizedText(zh: "後續追蹤事項", en: "follow-up")
        case .counterpart: LocalizedText(zh: "會晤人員", en: "person met")
        case .press: LocalizedText(zh: "剪報", en: "clipping")
        }
    }
}
