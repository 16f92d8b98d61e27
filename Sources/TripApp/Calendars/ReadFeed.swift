import TripCalendar
import TripModel

/// The calendar a feed token opens, as of now; an unknown token is `notFound("calendar")`.
public struct ReadFeed: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The token.
    public struct Input: Sendable {
        /// The token, as the feed's address carries it (48 hex digits).
        public var token: String

        /// A feed token.
        public init(token: String) { self.token = token }
    }

    /// The calendar's text.
    public func run(_ input: Input) async throws(AppError) -> String {
        guard input.token.count == 48, input.token.allSatisfy(\.isHexDigit) else { throw .notFound("calendar") }
        return try await attempt {
            let database = try context.database(.readOnly)
            guard let (trip, member) = try await database.calendarFeed(token: input.token) else { throw AppError.notFound("calendar") }
            let d = try await database.delegation(trip)
            return CalendarWriter(stamp: context.now()).write(d, member: member)
        }
    }
}
