/// `/d/ID/delete/KIND/ITEM`: the confirmation of an item's deletion, or why it cannot go.
struct ItemDeletePage {
    let trip: TripHeader
    /// `刪除交通：JX840 TPE → FUK`.
    let heading: String
    /// The item as the schedule names it, with its kind and id.
    let item: String
    /// Where the confirmation posts.
    let action: String
    /// The revision confirmed against (the item's stored sequence).
    let revision: String
    /// Why it cannot be deleted now (nil: it may).
    let refused: String?
    /// A notice over the page (the item changed since the page was opened).
    let message: String?
    /// Back to the item without deleting.
    let cancel: String
}
