import GRDB

/// A row of one of a delegation's lists, kept in the plan's order under an id of its own:
/// members, places, events, legs, stays, press clippings.
protocol DelegationItem: DelegationPart {
    /// The item's id within its delegation.
    static var idColumn: Column { get }
    /// Its place in the plan's order.
    static var positionColumn: Column { get }
}
