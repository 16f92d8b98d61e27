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

    /// A page of the delegations the requester may see, and whether the database holds none at all.
    public struct Output: Sendable {
        /// The page's delegations, and whether pages come before and after; only those the
        /// requester may see (`Access.maySee`, as `ListDelegations`).
        public let page: PageOf<DelegationSummary>
        /// True when the database holds no delegation at all, not only none the requester may
        /// see (read only when the first page is empty): the web offers the Kyushu example then.
        public let noneStored: Bool
    }

    /// The page, and for an empty first page whether the database holds any delegation.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let page = input.page
        return try await attempt {
            let database = try context.database(.readOnly)
            let among = try await context.visibleDelegationIDs(in: database)
            let shown = PageOf(fetched: try await database.delegations(limit: page.size + 1, offset: page.offset, among: among), page)
            let noneStored = shown.rows.isEmpty && !shown.hasPrevious ? !(try await database.holdsDelegations()) : false
            return Output(page: shown, noneStored: noneStored)
        }
    }
}
