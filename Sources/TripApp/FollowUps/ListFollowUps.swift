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
        /// The delegations on which the requester may change a follow-up's status (nil: every
        /// one listed): those they edit, and a member's own; never a viewer's.
        var loggable: Set<String>?

        /// True when the requester may change the status of the row's follow-up.
        public func mayLog(_ row: FollowUpBoardRow) -> Bool { loggable?.contains(row.delegationID) ?? true }
    }

    /// The board's page.
    public func run(_ input: Input) async throws(AppError) -> Board {
        let page = input.page
        return try await attempt {
            let database = try context.database(.readOnly)
            var delegation: Delegation?
            let among: Set<String>?
            let loggable: Set<String>?
            if let trip = input.trip {
                let d = try await context.delegation(trip, in: database)
                delegation = d
                among = [d.id]
                loggable = Access.mayLog(context.requester, on: d) ? [d.id] : []
            } else {
                among = try await context.visibleDelegationIDs(in: database)
                switch context.requester.role {
                case .administrator, .member: loggable = among
                case .organiser, .viewer: loggable = Set((context.requester.signedIn?.grants ?? [:]).filter { $0.value == .organiser }.keys)
                }
            }
            let rows = try await database.followUpBoard(among: among, limit: page.size + 1, offset: page.offset)
            return Board(delegation: delegation, page: PageOf(fetched: rows, page), loggable: loggable)
        }
    }
}
