/// A line a page shows after a save that came back to it: what happened (a photo sent again),
/// or a warning with a link to the item it concerns.
struct SavedNotice {
    /// What is said.
    let text: String
    /// True for a warning (shown in the warning colour).
    let warning: Bool
    /// A link the notice offers (the right event), and its text.
    let link: String?
    let linkText: String?
}
