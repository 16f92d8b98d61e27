/// `/d/ID/order/DATE`: a day's events known only by their date, each movable earlier or later.
struct DayOrderPage {
    let trip: TripHeader
    /// The day, `114 年 8 月 31 日（星期日）`.
    let day: String
    /// Where the moves post.
    let action: String
    /// The order the page shows (the ids), confirmed by each move.
    let revision: String
    let rows: [Row]
    /// A notice over the page (the order changed meanwhile).
    let message: String?
    /// Back to the day in the schedule.
    let back: String

    /// One event of the day.
    struct Row {
        let id: String
        let title: String
        /// True for the first (no 上移).
        let first: Bool
        /// True for the last (no 下移).
        let last: Bool
    }
}
