import GRDB

/// A row logged against one event: notes, photos, outcomes, follow-ups.
protocol EventLogPart: DelegationPart {
    /// The column naming the event.
    static var eventColumn: Column { get }
}
