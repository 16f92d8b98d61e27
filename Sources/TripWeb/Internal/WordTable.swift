import Mustache
import TripModel

/// The words in one language, as templates read them (`t.save`).
struct WordTable: MustacheParent, Sendable {
    /// The language.
    let lang: Lang

    func child(named name: String) -> Any? {
        Word(rawValue: name)?.text.text(lang)
    }
}
