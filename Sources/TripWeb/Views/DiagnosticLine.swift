import TripApp
import TripModel

/// A check's finding beside the item it names: its severity (a CSS class), message and fix.
struct DiagnosticLine {
    /// `error`, `warning` or `info`.
    let severity: String
    /// The message in the page's language.
    let message: String
    /// What to do, in the page's language.
    let fix: String?

    /// A finding as a page in `lang` shows it.
    init(_ d: Diagnostic, lang: Lang) {
        severity = d.severity.rawValue
        message = d.message.text(lang)
        fix = d.fix?.text(lang).nonEmpty
    }
}
