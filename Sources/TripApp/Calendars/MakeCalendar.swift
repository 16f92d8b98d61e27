import TripCalendar
import TripModel

/// A delegation as an iCalendar file (RFC 5545) for phones and Outlook, everyone's or one
/// member's, each item in its own zone.
public struct MakeCalendar: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation, whose items.
    public struct Input: Sendable {
        /// The delegation (with `prefix`, a unique prefix of its id).
        public var trip: ReadDelegation.Input
        /// Only what one member (id or name) takes part in.
        public var member: String?

        /// A calendar of a delegation, optionally of one member.
        public init(trip: ReadDelegation.Input, member: String? = nil) {
            self.trip = trip
            self.member = member
        }
    }

    /// The calendar's text.
    public func run(_ input: Input) async throws(AppError) -> String {
        let d = try await ReadDelegation(context).run(input.trip)
        let memberID = try await attempt { try input.member.map { try context.member($0, in: d).id } }
        return CalendarWriter(stamp: context.now()).write(d, member: memberID)
    }
}
