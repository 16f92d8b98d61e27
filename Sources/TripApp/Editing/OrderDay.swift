import TripModel
import TripStore

/// Sets the order of a day's events known only by their date (the schedule lists them in the
/// plan's order; timed ones go by the clock, so only these are the user's to order): `preview`
/// gives them and the order the page carries; `run` moves one earlier or later in one
/// transaction when the day's order is still the one the page showed (`orderConflict` otherwise).
public struct OrderDay: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// A day's order as the page shows it.
    public struct Preview: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The date-only events of the day, in order.
        public var events: [Event]
        /// The order the page carries (the ids, comma-separated).
        public var revision: String
    }

    /// A move.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// `YYYY-MM-DD`.
        public var date: LocalDate
        /// The event moved.
        public var event: String
        /// -1 earlier, +1 later.
        public var step: Int
        /// The order the page showed (`Preview.revision`).
        public var revision: String

        /// A move of an event on a day.
        public init(trip: String, date: LocalDate, event: String, step: Int, revision: String) {
            self.trip = trip
            self.date = date
            self.event = event
            self.step = step
            self.revision = revision
        }
    }

    /// The day's date-only events.
    public func preview(trip: String, date: LocalDate) async throws(AppError) -> Preview {
        try Access.requireOrganiser(context.requester, on: trip)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(trip, in: database)
            let events = TripDatabase.dateOnlyEvents(on: date, in: d)
            return Preview(delegation: d, events: events, revision: events.map(\.id).joined(separator: ","))
        }
    }

    /// Moves the event.
    public func run(_ input: Input) async throws(AppError) {
        try Access.requireOrganiser(context.requester, on: input.trip)
        try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.trip, in: database)
            let order = input.revision.split(separator: ",").map(String.init)
            try await database.moveEvent(input.event, on: input.date, in: d.id, by: input.step, order: order, now: context.now())
            context.cache?.invalidate()
        }
    }
}
