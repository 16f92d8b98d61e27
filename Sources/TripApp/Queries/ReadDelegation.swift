import TripModel

/// One delegation, everything loaded.
public struct ReadDelegation: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation.
    public struct Input: Sendable {
        /// Its id.
        public var trip: String
        /// True when a unique prefix of an id names it too (the command line).
        public var prefix: Bool

        /// The delegation with an id (or, with `prefix`, the one whose id starts with it).
        public init(trip: String, prefix: Bool = false) {
            self.trip = trip
            self.prefix = prefix
        }
    }

    /// The delegation.
    public func run(_ input: Input) async throws(AppError) -> Delegation {
        try await attempt { try await context.delegation(input.trip, in: context.database(.readOnly), prefix: input.prefix) }
    }
}
