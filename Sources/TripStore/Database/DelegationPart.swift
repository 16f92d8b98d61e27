import GRDB

/// A record of a table whose rows belong to one delegation (everything but the web's users).
protocol DelegationPart: TableRecord {
    /// The column naming the delegation.
    static var delegationColumn: Column { get }
}
