/// The correction history of a delegation or one of its events, newest first, with an undo
/// button on each change that stands (for those who may log on the delegation).
struct HistoryPage {
    /// The delegation's header.
    let trip: TripHeader
    /// The event's title when the history is one event's.
    let eventTitle: String?
    /// The changes, newest first.
    let changes: [HistoryLine]
    /// Where undo forms send the user back to.
    let back: String
}
