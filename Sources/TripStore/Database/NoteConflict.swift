/// An edit based on an old revision of a note: someone else changed it first.
public struct NoteConflict: Error, Hashable, Sendable {
    /// The note as it is now.
    public var current: StoredNote
    /// The text the caller tried to save.
    public var attempted: String
}
