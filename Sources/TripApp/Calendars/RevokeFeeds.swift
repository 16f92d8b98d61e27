import TripModel

/// Stops the secret calendar-feed links of a delegation: one member's, or everyone's feed. Phones
/// subscribed through them get 404 from then on. Organisers stop any feed, a member their own
/// (the feeds `Access.feedMembers` lets them make); viewers none.
public struct RevokeFeeds: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whose feed.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: ReadDelegation.Input
        /// The member's id or name; nil: the everyone feed.
        public var member: String?

        /// The feed of a delegation's member (nil: everyone's).
        public init(trip: ReadDelegation.Input, member: String?) {
            self.trip = trip
            self.member = member
        }
    }

    /// What stopped.
    public struct Output: Sendable {
        /// The member whose feed it was; nil: everyone's.
        public var member: Member?
        /// How many links stopped working (0 when none had been made).
        public var links: Int
    }

    /// Stops the links.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(input.trip)
        var member: Member?
        if let text = input.member {
            let m = try await attempt { try context.member(text, in: d) }
            guard Access.feedMembers(context.requester, in: d).contains(where: { $0.id == m.id }) else { throw .forbidden }
            member = m
        } else {
            try Access.requireOrganiser(context.requester)
        }
        let links = try await attempt {
            try await context.database(.existing).revokeCalendarTokens(delegation: d.id, member: member?.id)
        }
        return Output(member: member, links: links)
    }
}
