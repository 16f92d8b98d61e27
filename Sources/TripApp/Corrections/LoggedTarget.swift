/// A logged item of a delegation, named for a correction.
public struct LoggedTarget: Sendable, Hashable {
    /// The delegation's id (or, with `prefix`, a unique prefix of it: the command line).
    public var trip: String
    /// The item.
    public var item: LoggedItem
    /// True when a unique prefix of the delegation's id names it too.
    public var prefix: Bool

    /// An item of a delegation.
    public init(trip: String, item: LoggedItem, prefix: Bool = false) {
        self.trip = trip
        self.item = item
        self.prefix = prefix
    }
}
