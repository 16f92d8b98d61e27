/// A check's finding beside the item it names: its severity (a CSS class) and message.
struct DiagnosticLine {
    /// `error`, `warning` or `info`.
    let severity: String
    /// The message in the page's language.
    let message: String
}
