/// A photo `logPhotos` stored: its id, and whether it filled a placeholder (or replaced a
/// file) rather than adding a photo, with the history change that did it.
public struct PhotoAdded: Hashable, Sendable {
    /// The photo's id.
    public var id: Int64
    /// True when the file went into an existing photo (a placeholder with the same caption, or the one named).
    public var filled: Bool
    /// The history change of a fill (undoable), nil for a photo added.
    public var change: Int64?
}
