import TripModel

/// An edit based on an old revision of a note: someone else changed it first.
public struct NoteConflict: UserFacingError, Hashable {
    /// The note as it is now.
    public var current: StoredNote
    /// The text the caller tried to save.
    public var attempted: String

    /// What happened and what to do; the form shows both texts beside it.
    public var message: LocalizedText {
        LocalizedText(
            zh: "這則筆記在您編輯時已被他人修改，您的修改尚未儲存。請比對兩個版本後再儲存一次。",
            en: "Someone else changed this note while you edited it; your change was not saved. Compare the two versions, then save again."
        )
    }
}
