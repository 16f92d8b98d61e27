import TripModel

/// One line of the delegations list.
public struct DelegationSummary: Hashable, Sendable, Codable {
    /// Stable id.
    public var id: String
    /// Title.
    public var title: String
    /// First day.
    public var start: LocalDate
    /// Last day.
    public var end: LocalDate
    /// Where the delegation stands.
    public var status: DelegationStatus
    /// Number of members.
    public var members: Int
    /// Number of events.
    public var events: Int
}
