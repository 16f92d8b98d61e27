import TripModel
import TripStore

/// Removes a member who is still at the revision the confirmation page showed, with their
/// places in participant lists; refused (`memberInUse`) while the plan needs them (the contact,
/// the only participant of an item), and `memberChanged` when they were changed meanwhile.
public struct RemoveMember: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Who to remove.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// The member's id.
        public var member: String
        /// The revision the confirmation page showed.
        public var revision: String

        /// A removal.
        public init(trip: String, member: String, revision: String) {
            self.trip = trip
            self.member = member
            self.revision = revision
        }
    }

    /// Removes the member.
    public func run(_ input: Input) async throws(AppError) {
        try Access.requireOrganiser(context.requester, on: input.trip)
        try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.trip, in: database)
            try await database.removeMember(delegation: d.id, id: input.member, revision: input.revision)
            context.cache?.invalidate()
        }
    }
}
