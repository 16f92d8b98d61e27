import TripModel
import TripStore

/// Undoes a change of the correction history (a deletion, move or edit; undoing an undo redoes
/// it): the item gets back exactly the values it had, and the undo is itself recorded.
public struct UndoChange: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The undo.
    public struct Input: Sendable {
        /// The delegation's id (with `prefix`, a unique prefix of it).
        public var trip: String
        /// The change's number in the history.
        public var change: Int64
        /// True when a unique prefix of the delegation's id names it too.
        public var prefix: Bool

        /// An undo of a change.
        public init(trip: String, change: Int64, prefix: Bool = false) {
            self.trip = trip
            self.change = change
            self.prefix = prefix
        }
    }

    /// Undoes the change; returns the undo's own history row.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> LoggedChange {
        try await attempt {
            let (database, d) = try await context.correctionTarget(input.trip, prefix: input.prefix)
            let change = try await database.undoChange(input.change, delegation: d.id, actor: context.actor, now: context.now())
            context.cache?.invalidate()
            return change
        }
    }
}
