/// One correction as the history page and the event page's recent corrections show it.
struct HistoryLine {
    /// The change's number.
    let id: Int64
    /// When, in ROC date and local time.
    let when: String
    /// What was done to which item (刪除 筆記 12).
    let what: String
    /// The event(s): `fgn`, or `fgn → yanagibashi` for a move.
    let place: String?
    /// The item's values before.
    let before: String?
    /// The item's values after.
    let after: String?
    /// Who did it.
    let who: String?
    /// "undone by #N" when undone.
    let undone: String?
    /// The undo form's action, when the change stands.
    let undoAction: String?
}
