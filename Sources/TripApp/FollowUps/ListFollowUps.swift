import TripModel
import TripStore

/// The follow-ups board: one delegation's follow-ups, or those of every delegation the
/// requester may see (a member-role account only the delegations they are on, as the list of
/// delegations), open first by due date, a page at a time.
public struct ListFollowUps: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whose follow-ups, and which page.
    public struct Input: Sendable {
        /// One delegation's id; nil for every delegation the requester may see.
        public var trip: String?
        /// The page to show.
        public var page: PageRequest

        /// The board of one delegation (or of all, with nil).
        public init(trip: String?, page: PageRequest = PageRequest()) {
            self.trip = trip
            self.page = page
        }
    }

    /// A page of the board.
    public struct Board: Sendable {
        /// The delegation, for one delegation's board.
        public var delegation: Delegation?
        /// The follow-ups of this page.
        public var page: PageOf<FollowUpBoardRow>
        /// True when the requester may change a follow-up's status on the delegations listed:
        /// organisers everywhere, members on the delegations they are on (the only ones they
        /// see), viewers never.
        public var mayLog: Bool
    }

    /// The board's page.
    public func run(_ input: Input) async throws(AppError) -> Board {
        let page = input.page
        return try await attempt {
            let database = try context.database(.readOnly)
            var delegation: Delegation?
            var among: Set<String>?
            if let trip = input.trip {
                let d = try await context.delegation(trip, in: database)
                delegation = d
                among = [d.id]
            } else if context.requester.role == .member {
                guard let user = context.requester.signedIn else {
                    return Board(delegation: nil, page: PageOf(fetched: [], page), mayLog: false)
                }
                among = try await database.delegationIDs(withMember: user.name)
            }
            let rows = try await database.followUpBoard(among: among, limit: page.size + 1, offset: page.offset)
            let mayLog = delegation.map { Access.mayLog(context.requester, on: $0) } ?? (context.requester.role != .viewer)
            return Board(delegation: delegation, page: PageOf(fetched: rows, page), mayLog: mayLog)
        }
    }
}
