import TripModel

/// What a delegation is doing now and next, where it is (phone-first logging): today's items in
/// the zone the delegation is in, the current meeting (or the one picked) and what follows.
public struct ReadToday: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation, and a meeting picked instead of the current one.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// An event chosen by the user (shown as it is, never replaced by another).
        public var picked: String?
        /// Whose day: nil, the signed-in user's own when they are a member of the delegation
        /// (else everyone's); "" everyone's; else a member's id or name.
        public var member: String?

        /// Today of a delegation.
        public init(trip: String, picked: String? = nil, member: String? = nil) {
            self.trip = trip
            self.picked = picked
            self.member = member
        }
    }

    /// Today as the page shows it.
    public struct Output: Sendable {
        /// Today's plan: zone, date and items.
        public var plan: TodayPlan
        /// The meeting logged into now.
        public var current: Event?
        /// The items after it.
        public var next: [ItineraryItem]
        /// The checks as of today at home.
        public var checks: CheckResult
        /// True when the requester may log on it.
        public var mayLog: Bool
        /// Whose day it is; nil: everyone's.
        public var member: Member?
    }

    /// Today.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        let member: Member?
        switch input.member {
        case nil: member = context.requester.signedIn.flatMap { Access.memberID(of: $0, in: d) }.flatMap { d.member($0) }
        case ""?: member = nil
        case let text?: member = try await attempt { try context.member(text, in: d) }
        }
        if let picked = input.picked { _ = try await attempt { try context.event(picked, in: d) } }
        let plan = TodayPlan(delegation: d, now: context.now(), member: member?.id)
        let current = plan.current(picked: input.picked)
        return Output(
            plan: plan,
            current: current,
            next: plan.next(after: current),
            checks: context.checks(d),
            mayLog: Access.mayLog(context.requester, on: d),
            member: member
        )
    }
}
