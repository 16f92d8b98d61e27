import TripStore

/// Takes an account's access to one delegation away: its next request (a signed-in browser's
/// too) answers 404 for that delegation. Administrators only. Throws `store(.noSuchUser)` and
/// `store(.noSuchDelegation)` with the nearest names.
public struct RevokeAccess: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whom and which delegation.
    public struct Input: Sendable {
        /// The account's name, as `tripwright user list` prints it.
        public var name: String
        /// The delegation's id.
        public var trip: String

        /// A grant to take away.
        public init(name: String, trip: String) {
            self.name = name
            self.trip = trip
        }
    }

    /// The account, and the grant removed (nil: it had none there, nothing changed).
    public struct Output: Sendable {
        /// The account.
        public var user: WebUser
        /// The grant removed, or nil.
        public var removed: AccessGrant?
    }

    /// Removes the grant.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Output {
        try Access.requireAdministrator(context.requester)
        return try await attempt {
            let (user, removed) = try await context.database(.existing).revokeAccess(userName: input.name, delegation: input.trip)
            return Output(user: user, removed: removed)
        }
    }
}
