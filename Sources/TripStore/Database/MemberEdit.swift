import TripModel

/// One changed row of the members form: the member's id, the revision the form showed, and
/// the values to save.
public struct MemberEdit: Hashable, Sendable {
    /// The member's id (ids are not edited).
    public var id: String
    /// `EditRevision.of(member:)` of the values the form showed.
    public var revision: String
    /// The values to save (`order` is ignored: rows keep their place).
    public var member: Member

    /// Creates an edit.
    public init(id: String, revision: String, member: Member) {
        self.id = id
        self.revision = revision
        self.member = member
    }
}
