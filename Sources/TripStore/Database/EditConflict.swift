import TripModel

/// An edit based on values someone else changed first: nothing was saved. Carries both the
/// values now stored and the values the caller tried to save, so the user can choose.
public struct EditConflict<Value: Hashable & Sendable>: UserFacingError, Hashable {
    /// The values as they are now stored.
    public var current: Value
    /// The values the caller tried to save.
    public var attempted: Value
    /// The revision of `current`, for a form that saves `attempted` over it.
    public var revision: String

    /// Creates a conflict.
    public init(current: Value, attempted: Value, revision: String) {
        self.current = current
        self.attempted = attempted
        self.revision = revision
    }

    /// What happened and what to do; the form shows both values beside it.
    public var message: LocalizedText {
        LocalizedText(
            zh: "這些資料在您編輯時已被他人修改，本次變更未儲存。請比對兩個版本後再儲存一次。",
            en: "Someone else changed this while you edited it; nothing was saved. Compare the two versions, then save again."
        )
    }
}
