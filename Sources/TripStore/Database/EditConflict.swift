/// An edit based on values someone else changed first: nothing was saved. Carries both the
/// values now stored and the values the caller tried to save, so the user can choose.
public struct EditConflict<Value: Hashable & Sendable>: Error, Hashable, Sendable {
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
}
