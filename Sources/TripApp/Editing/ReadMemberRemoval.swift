import TripModel
import TripStore

/// What the confirmation page of a member's removal shows: the member, their revision, and what
/// removing them would break (nil when they may go).
public struct ReadMemberRemoval: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which member.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// The member's id.
        public var member: String

        /// A member of a delegation.
        public init(trip: String, member: String) {
            self.trip = trip
            self.member = member
        }
    }

    /// The member and the answer.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The member.
        public var member: Member
        /// Their revision, to confirm against.
        public var revision: String
        /// Why they cannot be removed now, or nil.
        public var problem: StoreError?
    }

    /// The member and what removing them would break.
    public func run(_ input: Input) async throws(AppError) -> Output {
        try Access.requireOrganiser(context.requester, on: input.trip)
        return try await attempt {
            let database = try context.database(.readOnly)
            let d = try await context.delegation(input.trip, in: database)
            guard let m = d.member(input.member) else { throw AppError.notFound(input.member) }
            let problem = try await database.memberRemovalProblem(delegation: d.id, id: m.id)
            return Output(delegation: d, member: m, revision: EditRevision.of(member: m), problem: problem)
        }
    }
}
