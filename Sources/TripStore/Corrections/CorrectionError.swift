import TripModel

/// A correction the store cannot make: the item or change named is not there, an undo already
/// done, a move to the event the item is on, a clipping already first or last.
public enum CorrectionError: UserFacingError, Hashable {
    /// No such logged item in the delegation.
    case noSuchItem(LoggedItem)
    /// No such change in the delegation's history.
    case noSuchChange(Int64)
    /// The change was already undone (by the change named).
    case alreadyUndone(Int64, by: Int64)
    /// The item is already on that event.
    case sameEvent(String)
    /// A file can be given to a photo only; a caption edit is for photos only.
    case wrongKind(LoggedItem)
    /// The clipping is already at that end of the report's order.
    case atEnd(String)
    /// `--fill CAPTION` named no photo placeholder of the event: the nearest captions of its placeholders.
    case noPlaceholder(String, event: String, nearest: [String])
    /// A clipping's fields are edited with `log press --id` (and the press page), which keeps
    /// the fields not given.
    case pressFields(String)

    /// What happened and what to do.
    public var message: LocalizedText {
        switch self {
        case let .noSuchItem(item):
            LocalizedText(
                zh: "找不到\(item.kind.name.zh) \(item.key)（可能已被刪除；請用 log history 查看）。",
                en: "No \(item.kind.name.en) \(item.key) (it may have been deleted; see log history)."
            )
        case let .noSuchChange(id):
            LocalizedText(
                zh: "修改紀錄中沒有第 \(id) 筆（請用 log history 查看編號）。",
                en: "The history has no change #\(id) (see log history for the numbers)."
            )
        case let .alreadyUndone(id, by):
            LocalizedText(
                zh: "第 \(id) 筆修改已由第 \(by) 筆復原；要重做請復原第 \(by) 筆。",
                en: "Change #\(id) was already undone by #\(by); to redo it, undo #\(by)."
            )
        case let .sameEvent(event):
            LocalizedText(
                zh: "此項目已在行程「\(event)」下，請指定另一個行程。",
                en: "The item is already on event '\(event)'; name another event."
            )
        case let .wrongKind(item):
            LocalizedText(
                zh: "\(item.kind.name.zh) \(item.key) 不能這樣修改：檔案與說明只屬於照片。",
                en: "\(item.kind.name.en) \(item.key) cannot take this edit: files and captions belong to photos."
            )
        case let .atEnd(id):
            LocalizedText(zh: "剪報 \(id) 已在順序的最前（或最後）。", en: "Clipping \(id) is already first (or last) in the order.")
        case let .noPlaceholder(caption, event, nearest):
            LocalizedText(
                zh: "行程 \(event) 沒有說明為「\(caption)」的照片預留位置，未加入照片。"
                    + (nearest.isEmpty ? "" : "是否為：\(nearest.map { "「\($0)」" }.joined(separator: "、"))？"),
                en: "Event \(event) has no photo placeholder captioned “\(caption)”; nothing was added."
                    + (nearest.isEmpty ? "" : " Did you mean: \(nearest.map { "“\($0)”" }.joined(separator: ", "))?")
            )
        case let .pressFields(id):
            LocalizedText(
                zh: "剪報的欄位請用 tripwright log press 出國案 --id \(id) 修改（只改有給的欄位）。",
                en: "Edit a clipping's fields with tripwright log press TRIP --id \(id) (only the fields given change)."
            )
        }
    }
}
