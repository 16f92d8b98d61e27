import TripStore

/// Grants an organiser or viewer account one delegation (issue 11, who sees what), or changes
/// the role of its grant: from its next request the account sees that delegation and edits it
/// (organiser) or reads it (viewer). Administrators only. Throws `store(.noSuchUser)` and
/// `store(.noSuchDelegation)` with the nearest names, and `store(.grantRefused)` for an
/// administrator or member account (a member sees the delegations whose members list has them).
public struct GrantAccess: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whom, which delegation, in which role.
    public struct Input: Sendable {
        /// The account's name, as `tripwright user list` prints it.
        public var name: String
        /// The delegation's id.
        public var trip: String
        /// Organiser or viewer (any other role is refused); nil: the account's own role, read in
        /// the transaction that writes the grant.
        public var role: WebRole?

        /// A grant to make.
        public init(name: String, trip: String, role: WebRole?) {
            self.name = name
            self.trip = trip
            self.role = role
        }
    }

    /// Makes the grant and returns it, with the role the account had there before.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> AccessGrant {
        try Access.requireAdministrator(context.requester)
        return try await attempt {
            try await context.database(.existing).grantAccess(userName: input.name, delegation: input.trip, role: input.role, now: context.now())
        }
    }
}
