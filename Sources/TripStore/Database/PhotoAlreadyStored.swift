/// What became of a file the event already had (same content): it is never added twice, and
/// the caption given with it is not silently dropped. The raw value names it in a page's
/// address after the save (`?already=caption-updated`).
public enum PhotoAlreadyStored: String, Hashable, Sendable, CaseIterable {
    /// The new caption replaced the stored one, as a correction in the history (undoable).
    case captionUpdated = "caption-updated"
    /// The caption given is the one stored: nothing changed.
    case sameCaption = "same-caption"
    /// No caption was given: nothing changed.
    case noCaption = "no-caption"
}
