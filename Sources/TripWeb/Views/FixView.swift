import Mustache

/// The correction controls of one logged item on the event page: delete, move to another event
/// and, for outcomes, follow-ups and people met, an edit of their fields; each form carries the
/// item's revision, so a form opened before someone else's change is refused (409), not applied.
/// Answers by `switch` (`TemplateFields`): an event page draws one per logged item.
struct FixView: TemplateFields {
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

    func child(named name: String) -> Any? {
        switch name {
        case "action": action
        case "revision": revision
        case "events": events
        case "fields": fields
        case "movable": movable
        case "editable": editable
        default: nil
        }
    }

    /// One editable field.
    struct Field: TemplateFields {
        /// The form's name (the plan key; `personTitle` for a person's title).
        let name: String
        /// Its label.
        let label: String
        /// The stored value.
        let value: String
        /// The input type (`text`, `date`).
        let type: String
        /// The values it may take, for a select (a follow-up's owner among the members, its
        /// status); empty for a typed input.
        let choices: [Choice]
        /// True when the field is a select of `choices` (stored: templates read stored values only).
        let hasChoices: Bool

        /// A field typed in (`choices` empty) or chosen from a select.
        init(name: String, label: String, value: String, type: String, choices: [Choice] = []) {
            self.name = name
            self.label = label
            self.value = value
            self.type = type
            self.choices = choices
            hasChoices = !choices.isEmpty
        }

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "label": label
            case "value": value
            case "type": type
            case "choices": choices
            case "hasChoices": hasChoices
            default: nil
            }
        }
    }
}
