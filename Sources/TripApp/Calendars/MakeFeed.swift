import TripModel

/// A secret calendar-feed token for a delegation (one member's, or everyone's); only its digest
/// is stored, so the caller shows it once. Organisers make anyone's feed, a member their own.
public struct MakeFeed: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whose feed.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The member's id or name; nil: everyone's (organisers only).
        public var member: String?

        /// A feed of a delegation.
        public init(trip: String, member: String?) {
            self.trip = trip
            self.member = member
        }
    }

    /// The token and whose feed it opens.
    public struct Output: Sendable {
        /// The token (`/calendar/TOKEN.ics`).
        public var token: String
        /// The member it is for; nil: everyone.
        public var member: Member?
    }

    /// Makes the token.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        var member: Member?
        if let text = input.member {
            // Who first (a name is taken as the command line takes it; not on the delegation: 404),
            // then whether the requester may make their feed.
            let m = try await attempt { try context.member(text, in: d) }
            guard Access.feedMembers(context.requester, in: d).contains(where: { $0.id == m.id }) else { throw .forbidden }
            member = m
        } else {
            try Access.requireOrganiser(context.requester, on: d.id)
        }
        let token = try await attempt {
            try await context.database(.existing).addCalendarToken(delegation: d.id, member: member?.id, now: context.now())
        }
        return Output(token: token, member: member)
    }
}
