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

    /// The page's delegations, and whether pages come before and after; only those the
    /// requester may see (`Access.maySee`, as `ListDelegations`).
    public func run(_ input: Input) async throws(AppError) -> PageOf<DelegationSummary> {
        let page = input.page
        let fetched = try await attempt {
            let database = try context.database(.readOnly)
            let among = try await context.visibleDelegationIDs(in: database)
            return try await database.delegations(limit: page.size + 1, offset: page.offset, among: among)
        }
        return PageOf(fetched: fetched, page)
    }
}
