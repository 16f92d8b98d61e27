import TripModel
import TripStore

/// The correction history of a delegation, or of one event (items that were on it or moved to it).
public struct ReadHistory: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which history.
    public struct Input: Sendable {
        /// The delegation's id (with `prefix`, a unique prefix of it).
        public var trip: String
        /// The event, or nil for the whole delegation.
        public var event: String?
        /// True when a unique prefix of the delegation's id names it too.
        public var prefix: Bool

        /// The history of a delegation or one of its events.
        public init(trip: String, event: String? = nil, prefix: Bool = false) {
            self.trip = trip
            self.event = event
            self.prefix = prefix
        }
    }

    /// The delegation and its changes, oldest first.
    public func run(_ input: Input) async throws(AppError) -> (delegation: Delegation, changes: [LoggedChange]) {
        try await attempt {
            let database = try context.database(.readOnly)
            let d = try await context.delegation(input.trip, in: database, prefix: input.prefix)
            let event = try input.event.map { try context.event($0, in: d).id }
            return (d, try await database.history(delegation: d.id, event: event))
        }
    }
}
