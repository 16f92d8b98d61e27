import TripModel
import TripStore

/// Moves a clipping up or down in the report's own order (the real report keeps its order, not
/// the dates'); undoable like every correction.
public struct ReorderPress: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The move.
    public struct Input: Sendable {
        /// The delegation's id (with `prefix`, a unique prefix of it).
        public var trip: String
        /// The clipping's id.
        public var id: String
        /// True: one place up (earlier); false: one place down.
        public var up: Bool
        /// True when a unique prefix of the delegation's id names it too.
        public var prefix: Bool

        /// A clipping moved one place.
        public init(trip: String, id: String, up: Bool, prefix: Bool = false) {
            self.trip = trip
            self.id = id
            self.up = up
            self.prefix = prefix
        }
    }

    /// Moves it; returns the history row.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> LoggedChange {
        try await attempt {
            let (database, d) = try await context.correctionTarget(input.trip, prefix: input.prefix)
            let change = try await database.reorderPress(input.id, delegation: d.id, by: input.up ? -1 : 1, actor: context.actor, now: context.now())
            context.cache?.invalidate()
            return change
        }
    }
}
