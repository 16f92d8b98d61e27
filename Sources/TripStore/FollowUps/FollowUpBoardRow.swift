import TripModel

/// One follow-up as the follow-ups board lists it: the task with its delegation, event and owner
/// resolved to names, and the revision a status change names.
public struct FollowUpBoardRow: Hashable, Sendable {
    /// The follow-up's id.
    public var id: Int64
    /// The delegation's id.
    public var delegationID: String
    /// The delegation's title.
    public var delegationTitle: String
    /// The event's id.
    public var eventID: String
    /// The event's title (nil when the event is gone).
    public var eventTitle: String?
    /// The task.
    public var task: String
    /// The owner as stored: a member id, or free text stored before owners were ids.
    public var owner: String?
    /// The owner's member name when `owner` is a member id of the delegation.
    public var ownerName: String?
    /// When it is due.
    public var due: LocalDate?
    /// Open, done or dropped.
    public var status: FollowUpStatus
    /// The delegation's home zone (Taipei when its home has none): where "today" is for due dates.
    public var homeZone: Zone
    /// The item's revision (what a status change checks).
    public var revision: String
}
