import TripStore

/// Removes a web account with its sessions and sign-in codes: a browser signed in as the user is
/// signed out on its next request. Organisers only. Throws `store(.noSuchUser)` for an unknown name.
public struct RemoveUser: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whose account.
    public struct Input: Sendable {
        /// The account's name, as `tripwright user list` prints it.
        public var name: String

        /// The account with a name.
        public init(name: String) { self.name = name }
    }

    /// Removes the account and returns it as it was.
    public func run(_ input: Input) async throws(AppError) -> WebUser {
        try Access.requireAdministrator(context.requester)
        return try await attempt { try await context.database(.existing).removeUser(name: input.name) }
    }
}
