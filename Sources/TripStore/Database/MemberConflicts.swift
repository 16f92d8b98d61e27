import TripModel

/// Rows of the members form that someone else changed or removed first: nothing was saved.
public struct MemberConflicts: Error, Hashable, Sendable {
    /// Rows changed meanwhile, with both values.
    public var changed: [EditConflict<Member>]
    /// Ids of members removed meanwhile.
    public var removed: [String]
}
