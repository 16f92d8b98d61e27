/// A photo `logPhotos` stored: its id, and whether it filled a placeholder (or replaced a
/// file) rather than adding a photo, with the history change that did it.
public struct PhotoAdded: Hashable, Sendable {
    /// The photo's id.
    public var id: Int64
    /// True when the file went into an existing photo (a placeholder with the same caption, or the one named).
    public var filled: Bool
    /// The history change of a fill or of a caption update (undoable), nil for a photo added.
    public var change: Int64?
    /// For a file the event already had: what happened to the caption given with it; nil when
    /// the file was added or filled a photo.
    public var alreadyStored: PhotoAlreadyStored? = nil
}
