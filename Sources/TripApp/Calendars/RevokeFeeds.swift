import TripModel

/// Stops the secret calendar-feed links of a delegation: one member's, the everyone feed's, or
/// (`all`) every link of the delegation. Phones subscribed through them get 404 from then on.
/// Organisers stop any, a member their own (the feeds `Access.feedMembers` lets them make);
/// viewers none. A member given by name or id that the delegation lacks is `notAMember`.
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
        /// True: every link of the delegation, each member's and everyone's (`member` unused).
        public var all: Bool

        /// The feed of a delegation's member (nil: everyone's), or with `all` every link.
        public init(trip: ReadDelegation.Input, member: String?, all: Bool = false) {
            self.trip = trip
            self.member = member
            self.all = all
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
        if input.all {
            try Access.requireOrganiser(context.requester, on: d.id)
            let links = try await attempt { try await context.database(.existing).revokeAllCalendarTokens(delegation: d.id) }
            return Output(member: nil, links: links)
        }
        var member: Member?
        if let text = input.member {
            let m = try await attempt { try context.member(text, in: d) }
            guard Access.feedMembers(context.requester, in: d).contains(where: { $0.id == m.id }) else { throw .forbidden }
            member = m
        } else {
            try Access.requireOrganiser(context.requester, on: d.id)
        }
        let links = try await attempt {
            try await context.database(.existing).revokeCalendarTokens(delegation: d.id, member: member?.id)
        }
        return Output(member: member, links: links)
    }
}
