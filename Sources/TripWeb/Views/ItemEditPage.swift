/// `/d/ID/edit/KIND/ITEM`: the form of a stored leg or stay, with both versions after a conflict.
struct ItemEditPage {
    let trip: TripHeader
    /// `修改交通：…` / `Edit the leg: …`.
    let heading: String
    /// Where the form posts.
    let action: String
    /// The revision the form carries (the item's stored sequence).
    let revision: String
    let fields: [ItemAddPage.Field]
    let hasErrors: Bool
    let general: [String]
    /// The stored values beside those typed, after a save against a changed item.
    let conflict: [CompareRow]
    /// True after a save against a changed item.
    let hasConflict: Bool
    /// The item's deletion page.
    let deleteLink: String
}
