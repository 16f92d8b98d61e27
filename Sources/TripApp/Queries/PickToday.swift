import TripModel

/// The delegation travelling now (from the day before it leaves to the day after it returns,
/// by the date in Taipei), else the only one there is; nil when neither.
public struct PickToday: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Nothing to give.
    public struct Input: Sendable {
        /// Picks by the context's clock.
        public init() {}
    }

    /// The id of the delegation to show, if any.
    public func run(_ input: Input = Input()) async throws(AppError) -> String? {
        let all = try await ListDelegations(context).run()
        let date = Moment(instant: context.now(), zone: .taipei).date
        let travelling = all.filter { s in s.start.adding(days: -1) <= date && date <= s.end.adding(days: 1) }
        return (travelling.first ?? (all.count == 1 ? all.first : nil))?.id
    }
}
