import Mustache

/// One choice of a select list: its value, its label, whether it is selected. Answers by `switch`
/// (`TemplateFields`): an event page draws one per other event in every logged item's move form.
struct Choice: TemplateFields {
    /// The value posted.
    let id: String
    /// The label shown.
    let name: String
    /// True when selected.
    let selected: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "selected": selected
        default: nil
        }
    }
}
