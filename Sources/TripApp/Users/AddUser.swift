import TripModel
import TripStore

/// Creates a web account (or changes an existing one's role) with a one-time sign-in code,
/// valid for seven days; only the code's digest is stored, so it is shown once.
public struct AddUser: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The account.
    public struct Input: Sendable {
        /// The name (members: their name or id in the members list).
        public var name: String
        /// The role.
        public var role: WebRole

        /// An account to add.
        public init(name: String, role: WebRole) {
            self.name = name
            self.role = role
        }
    }

    /// The account and its code.
    public struct Output: Sendable {
        /// The account.
        public var user: WebUser
        /// The one-time sign-in code.
        public var code: String
        /// The role the account had before, when it existed (`user add` run again).
        public var previousRole: WebRole? = nil
        /// For a member-role account, how many delegations list its name or id among their
        /// members (the ones it will see); 0 means it sees none. Nil for other roles.
        public var delegations: Int? = nil
    }

    /// Adds the account.
    public func run(_ input: Input) async throws(AppError) -> Output {
        try Access.requireAdministrator(context.requester)
        return try await attempt {
            let (user, code, previous) = try await context.database(.existing).addUserReportingRole(
                name: input.name,
                role: input.role,
                now: context.now()
            )
            var seen: Int?
            if user.role == .member { seen = try await context.database(.existing).delegationIDs(withMember: user.name).count }
            return Output(user: user, code: code, previousRole: previous, delegations: seen)
        }
    }
}
