import TripModel
import TripStore

/// What a clipping's edit form shows: the stored clipping and its revision, which the form
/// sends back so that an edit of a clipping changed meanwhile is refused (`LogPress`).
public struct ReadPressEdit: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which clipping.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// The clipping's id.
        public var id: String

        /// A clipping of a delegation.
        public init(trip: String, id: String) {
            self.trip = trip
            self.id = id
        }
    }

    /// The clipping and its revision.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The clipping as stored.
        public var item: PressItem
        /// Its revision.
        public var revision: String
    }

    /// The clipping; `correction(.noSuchItem)` when it is not there.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let (trip, id) = (input.trip, input.id)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(trip, in: database)
            try Access.requireLog(context.requester, on: d)
            let entry = try await database.loggedEntry(.press(id), delegation: d.id)
            guard case let .press(p) = entry.value else { throw AppError.notFound(id) }
            return Output(delegation: d, item: p, revision: entry.revision)
        }
    }
}
