import TripModel
import TripStore

/// One page of the delegations, newest first (the web's front page): its cost does not grow with
/// the number of delegations stored.
public struct ListDelegationsPage: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which page.
    public struct Input: Sendable {
        /// The page to show.
        public var page: PageRequest

        /// The input for a page.
        public init(page: PageRequest) { self.page = page }
    }

    /// The page's delegations, and whether pages come before and after; for a member-role
    /// account only those they are on (`Access.maySee`, as `ListDelegations`).
    public func run(_ input: Input) async throws(AppError) -> PageOf<DelegationSummary> {
        let page = input.page
        let fetched = try await attempt {
            let database = try context.database(.readOnly)
            var among: Set<String>?
            if context.requester.role == .member {
                guard let user = context.requester.signedIn else { return [DelegationSummary]() }
                among = try await database.delegationIDs(withMember: user.name)
            }
            return try await database.delegations(limit: page.size + 1, offset: page.offset, among: among)
        }
        return PageOf(fetched: fetched, page)
    }
}
