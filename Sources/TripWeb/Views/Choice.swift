/// One choice of a select list: its value, its label, whether it is selected.
struct Choice {
    /// The value posted.
    let id: String
    /// The label shown.
    let name: String
    /// True when selected.
    let selected: Bool
}
