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
        let what = c.action.name.text(lang)
        let kind = c.item.kind.name.text(lang)
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
            zh: "已\(c.action.name.zh)\(c.item.kind.name.zh) \(c.item.key)（修改紀錄 #\(c.id)；要復原：tripwright log undo 出國案 \(c.id)）。",
            en:
                "\(c.action.name.en.sentenceCased) \(c.item.kind.name.en) \(c.item.key) (change #\(c.id); to undo: tripwright log undo TRIP \(c.id))."
        ).text(lang)
    }
}
