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

    /// The delegations, newest first; for a member-role account only those they are on
    /// (`Access.maySee`).
    public func run(_ input: Input = Input()) async throws(AppError) -> [DelegationSummary] {
        try await attempt {
            let database = try context.database(.readOnly)
            let all = try await database.delegations()
            guard context.requester.role == .member else { return all }
            guard let user = context.requester.signedIn else { return [] }
            let visible = try await database.delegationIDs(withMember: user.name)
            return all.filter { visible.contains($0.id) }
        }
    }
}
