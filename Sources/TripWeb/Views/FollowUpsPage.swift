/// `/d/ID/followups` and `/followups`: the follow-ups board (open first by due date), with one
/// button per status change on each task for those who may log.
struct FollowUpsPage {
    /// The delegation's header on one delegation's board; nil on the board of all delegations.
    let trip: TripHeader?
    /// The board's heading.
    let heading: String
    /// The follow-ups of this page.
    let rows: [Line]
    /// True when there are none on this page.
    let empty: Bool
    /// True on the board of all delegations (a delegation column).
    let across: Bool
    /// The links to the other pages.
    let pager: Pager

    /// One follow-up.
    struct Line {
        /// Its anchor (`fu-ID`): a status change comes back to it.
        let anchor: String
        let task: String
        /// The delegation's title and board (the board of all delegations only).
        let delegation: String?
        let delegationLink: String?
        /// The event's title and page.
        let event: String
        let eventLink: String
        let owner: String?
        let due: String?
        /// True for an open task whose due date has passed.
        let overdue: Bool
        let status: String
        /// The class naming its status (`open`, `done`, `dropped`).
        let statusClass: String
        /// Where a status change posts (`/d/T/followups/ID/status`).
        let action: String
        /// The revision the buttons carry.
        let revision: String
        /// This board's address, to come back to.
        let back: String
        /// The status changes offered (none for those who may not log).
        let changes: [Change]
    }

    /// One status change button.
    struct Change {
        /// The status it sets (`done`, `open`, `dropped`).
        let status: String
        /// The button's label.
        let label: String
    }
}
