import TripModel
import TripStore

/// The delegations in the database, newest first.
public struct ListDelegations: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Nothing to give.
    public struct Input: Sendable {
        /// Lists every delegation.
        public init() {}
    }

    /// The delegations, newest first.
    public func run(_ input: Input = Input()) async throws(AppError) -> [DelegationSummary] {
        try await attempt { try await context.database(.readOnly).delegations() }
    }
}
