import TripModel
import TripStore

/// Deletes a logged item (a note, photo, outcome, follow-up, person met or clipping): it leaves
/// the report at once, stays in the history with all its values, and `UndoChange` restores it.
public struct DeleteLogged: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The deletion.
    public struct Input: Sendable {
        /// The item.
        public var target: LoggedTarget
        /// The revision the user saw (nil: whatever is stored now, the command line without `--revision`).
        public var revision: String?

        /// A deletion of an item.
        public init(_ target: LoggedTarget, revision: String? = nil) {
            self.target = target
            self.revision = revision
        }
    }

    /// Deletes the item; returns the history row (its id undoes it).
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> LoggedChange {
        try await attempt {
            let (database, d) = try await context.correctionTarget(input.target.trip, prefix: input.target.prefix)
            let change = try await database.deleteLogged(
                input.target.item,
                delegation: d.id,
                revision: input.revision,
                actor: context.actor,
                now: context.now()
            )
            context.cache?.invalidate()
            return change
        }
    }
}
