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
        /// An event of today chosen by the user.
        public var picked: String?

        /// Today of a delegation.
        public init(trip: String, picked: String? = nil) {
            self.trip = trip
            self.picked = picked
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
    }

    /// Today.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        let plan = TodayPlan(delegation: d, now: context.now())
        let current = plan.current(picked: input.picked)
        return Output(plan: plan, current: current, next: plan.next(after: current), checks: context.checks(d),
                      mayLog: Access.mayLog(context.requester, on: d))
    }
}
