import TripModel
import TripStore

/// Who has access to a delegation, for the administrator's 權限 page: the accounts granted it
/// (with their grant's role), the organiser and viewer accounts that could be granted it, and
/// the member accounts that see it through its members list. Administrators only (`forbidden`);
/// the delegation is read through the one door.
public struct ReadAccess: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String

        /// The access of a delegation.
        public init(trip: String) { self.trip = trip }
    }

    /// Who has access, and who could be granted it.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The grants of it, by account name.
        public var grants: [AccessGrant]
        /// Organiser and viewer accounts without a grant of it, by name.
        public var grantable: [WebUser]
        /// Member accounts on its members list (by name or member id), by name.
        public var members: [WebUser]
        /// Administrator accounts (they see every delegation), by name.
        public var administrators: [WebUser]
    }

    /// The delegation's access.
    public func run(_ input: Input) async throws(AppError) -> Output {
        try Access.requireAdministrator(context.requester)
        return try await attempt {
            let database = try context.database(.readOnly)
            let d = try await context.delegation(input.trip, in: database)
            let grants = try await database.grants(delegation: d.id)
            let granted = Set(grants.map(\.user.id))
            let users = try await database.users()
            return Output(
                delegation: d,
                grants: grants,
                grantable: users.filter { $0.role.isGranted && !granted.contains($0.id) },
                members: users.filter { $0.role == .member && Access.memberID(of: $0, in: d) != nil },
                administrators: users.filter { $0.role == .administrator }
            )
        }
    }
}
