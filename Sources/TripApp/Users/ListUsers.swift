import TripStore

/// The web accounts, by name, each with the delegations it is granted (organisers and viewers).
public struct ListUsers: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Nothing to give.
    public struct Input: Sendable {
        /// Every account.
        public init() {}
    }

    /// The accounts.
    public func run(_ input: Input = Input()) async throws(AppError) -> [WebUser] {
        try await attempt { try await context.database(.readOnly).usersWithGrants() }
    }
}
