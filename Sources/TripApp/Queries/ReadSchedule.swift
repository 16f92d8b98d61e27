import TripModel

/// A delegation day by day (everyone's, or one member's), with the checks that flag its items.
public struct ReadSchedule: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation, whose days, which day.
    public struct Input: Sendable {
        /// The delegation (with `prefix`, a unique prefix of its id).
        public var trip: ReadDelegation.Input
        /// One member's days only.
        public var member: MemberChoice?
        /// One day only.
        public var day: LocalDate?

        /// The schedule of a delegation, optionally of one member and one day.
        public init(trip: ReadDelegation.Input, member: MemberChoice? = nil, day: LocalDate? = nil) {
            self.trip = trip
            self.member = member
            self.day = day
        }
    }

    /// How a member is chosen.
    public enum MemberChoice: Sendable, Hashable {
        /// By id or name, as typed: one not in the delegation is an error naming the nearest.
        case named(String)
        /// By id, as a link carries it: one not in the delegation means everyone.
        case id(String)
    }

    /// The days and what they are read with.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The member whose days these are; nil: everyone's.
        public var member: Member?
        /// The days in order.
        public var days: [ItineraryDay]
        /// The checks as of today at home.
        public var checks: CheckResult
    }

    /// The schedule.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(input.trip)
        let member: Member?
        switch input.member {
        case let .named(text)?:
            do { member = try context.member(text, in: d) } catch { throw AppError(error) }
        case let .id(id)?:
            member = d.member(id)
        case nil:
            member = nil
        }
        var days = d.itinerary(member: member?.id)
        if let day = input.day { days = days.filter { $0.date == day } }
        return Output(delegation: d, member: member, days: days, checks: context.checks(d))
    }
}
