/// What a correction did (stored in `logChange.action`).
public enum LoggedAction: String, Codable, Sendable, CaseIterable {
    /// Fields changed.
    case edit
    /// A photo placeholder got its file, or a photo's file was replaced.
    case file
    /// Deleted (kept in the history, undoable).
    case delete
    /// Moved to another event.
    case move
    /// A clipping moved up or down in the report's order.
    case reorder
    /// An earlier change undone.
    case undo
}
