/// The correction controls of one logged item on the event page: delete, move to another event
/// and, for outcomes, follow-ups and people met, an edit of their fields; each form carries the
/// item's revision, so a form opened before someone else's change is refused (409), not applied.
struct FixView {
    /// The item's path (`/d/T/e/E/items/KIND/KEY`); the forms post to `…/delete`, `…/move`, `…/edit`.
    let action: String
    /// The revision the page was drawn from.
    let revision: String
    /// The other events of the delegation, to move to.
    let events: [Choice]
    /// The editable fields (empty: notes and photos have their own edit forms).
    let fields: [Field]
    /// True when there is another event to move to.
    let movable: Bool
    /// True when `fields` is not empty.
    let editable: Bool

    /// One editable field.
    struct Field {
        /// The form's name (the plan key; `personTitle` for a person's title).
        let name: String
        /// Its label.
        let label: String
        /// The stored value.
        let value: String
        /// The input type (`text`, `date`).
        let type: String
    }
}
