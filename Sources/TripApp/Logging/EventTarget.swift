/// The event something is logged on.
public struct EventTarget: Sendable, Hashable {
    /// The delegation's id (or, with `prefix`, a unique prefix of it: the command line).
    public var trip: String
    /// The event's id.
    public var event: String
    /// True when a unique prefix of the delegation's id names it too.
    public var prefix: Bool

    /// An event of a delegation.
    public init(trip: String, event: String, prefix: Bool = false) {
        self.trip = trip
        self.event = event
        self.prefix = prefix
    }
}
