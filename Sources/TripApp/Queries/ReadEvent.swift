import TripModel

/// An event with everything logged on it, for its page: the notes with their revisions and
/// earlier texts, and the checks that name it.
public struct ReadEvent: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which event.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The event's id.
        public var event: String

        /// An event of a delegation.
        public init(trip: String, event: String) {
            self.trip = trip
            self.event = event
        }
    }

    /// The event and what its page shows.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The event.
        public var event: Event
        /// Its notes, oldest first, with revisions.
        public var notes: [StoredNote]
        /// The checks as of today at home.
        public var checks: CheckResult
        /// True when the requester may log on it.
        public var mayLog: Bool
    }

    /// The event with its notes and checks.
    public func run(_ input: Input) async throws(AppError) -> Output {
        try await attempt {
            let database = try context.database(.readOnly)
            let d = try await context.delegation(input.trip, in: database)
            let e = try context.event(input.event, in: d)
            let notes = try await database.notes(delegation: d.id, event: e.id)
            return Output(delegation: d, event: e, notes: notes, checks: context.checks(d), mayLog: Access.mayLog(context.requester, on: d))
        }
    }
}
