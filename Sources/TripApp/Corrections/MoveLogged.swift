import TripModel
import TripStore

/// Moves a logged item to another event of its delegation (a misfiled photo or note; for a
/// clipping, the event it reports on).
public struct MoveLogged: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The move.
    public struct Input: Sendable {
        /// The item.
        public var target: LoggedTarget
        /// The event it goes to.
        public var event: String
        /// The revision the user saw (nil: whatever is stored now).
        public var revision: String?

        /// A move of an item to an event.
        public init(_ target: LoggedTarget, to event: String, revision: String? = nil) {
            self.target = target
            self.event = event
            self.revision = revision
        }
    }

    /// Moves the item; returns the history row.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> LoggedChange {
        try await attempt {
            let (database, d) = try await context.correctionTarget(input.target.trip, prefix: input.target.prefix)
            let event = try context.event(input.event, in: d)
            let change = try await database.moveLogged(
                input.target.item,
                delegation: d.id,
                to: event.id,
                revision: input.revision,
                actor: context.actor,
                now: context.now()
            )
            context.cache?.invalidate()
            return change
        }
    }
}
