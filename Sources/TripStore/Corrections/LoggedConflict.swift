import TripModel

/// A correction based on an item someone changed (or deleted) first, or an undo of a change the
/// item has moved on from: nothing was saved. Carries both versions so the user can choose.
public struct LoggedConflict: UserFacingError, Hashable {
    /// The item.
    public var item: LoggedItem
    /// The item as stored now (nil: it is not there any more).
    public var current: LoggedValue?
    /// The values the correction would have left (nil: a deletion).
    public var attempted: LoggedValue?
    /// The item's revision now, for a form that saves over it.
    public var revision: String

    /// Creates a conflict.
    public init(item: LoggedItem, current: LoggedValue?, attempted: LoggedValue?, revision: String) {
        self.item = item
        self.current = current
        self.attempted = attempted
        self.revision = revision
    }

    /// What happened, both versions, and what to do.
    public var message: LocalizedText {
        let now = current?.summary ?? "—"
        let yours = attempted?.summary ?? "—"
        return LocalizedText(
            zh: "此項目在您操作前已被他人修改，本次變更未儲存。目前內容：「\(now)」；您的版本：「\(yours)」。請比對後再操作一次（目前版本 \(revision)）。",
            en:
                "Someone else changed this item first; nothing was saved. Now: “\(now)”; yours: “\(yours)”. Compare, then try again (current revision \(revision))."
        )
    }
}
