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

    /// The delegations, newest first; only those the requester may see (`Access.maySee`: a
    /// member-role account those they are on, an organiser or viewer those granted to them).
    public func run(_ input: Input = Input()) async throws(AppError) -> [DelegationSummary] {
        try await attempt {
            let database = try context.database(.readOnly)
            let all = try await database.delegations()
            guard let visible = try await context.visibleDelegationIDs(in: database) else { return all }
            return all.filter { visible.contains($0.id) }
        }
    }
}
