import TripModel
import TripStore

/// Everything logged on an event, each item with the id and revision a correction names (what
/// `log list` prints and the event page's correction controls carry).
public struct ReadLogged: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The event's items, in the order notes, photos, outcomes, follow-ups, people met, clippings.
    public func run(_ input: EventTarget) async throws(AppError) -> [LoggedEntry] {
        try await attempt {
            let database = try context.database(.readOnly)
            let d = try await context.delegation(input.trip, in: database, prefix: input.prefix)
            let e = try context.event(input.event, in: d)
            return try await database.loggedEntries(delegation: d.id, event: e.id)
        }
    }
}
