import TripApp
import TripModel

/// A submitted form that must be shown again: the values as typed, and the messages of the
/// fields that were refused, so the page keeps what the user wrote and marks what to fix.
struct FormState {
    /// Values by field name.
    var values: [String: String]
    /// Messages by field name ("" for the form as a whole).
    var messages: [String: [String]] = [:]

    /// The state of a form whose values were refused by the plan reader; `field` maps a plan key
    /// to the form field that gave it (default: the same name).
    /// `labels` names the `Word` of a field whose label differs from the default
    /// (a member's `title` is a job title, not an event's title).
    init(values: [String: String], problems: FieldProblems, lang: Lang, field: [String: String] = [:], labels: [String: String] = [:]) {
        self.values = values
        for p in problems.problems {
            let mapped = field[p.key] ?? p.key
            // A key the form has no field for (e.g. the event's id) is the form's as a whole.
            let name = values[mapped] == nil ? "" : mapped
            let label = name.isEmpty ? FormState.label(p.key.isEmpty ? "form" : p.key) : FormState.label(labels[name] ?? name)
            messages[name, default: []].append(p.message(label: label).text(lang))
        }
    }

    /// A form shown with values and no messages.
    init(values: [String: String], messages: [String: [String]]) {
        self.values = values
        self.messages = messages
    }

    /// A form with one message for the whole form.
    init(values: [String: String], message: String) {
        self.values = values
        messages[""] = [message]
    }

    /// The label a page shows for a field, as the message names it.
    static func label(_ field: String) -> LocalizedText {
        Word(rawValue: labelKeys[field] ?? field)?.text ?? LocalizedText(zh: field, en: field)
    }

    /// Form field name to the `Word` that labels it.
    static let labelKeys: [String: String] = [
        "title": "titleLabel", "kind": "kindLabel", "date": "date", "start": "start", "end": "end", "place": "place",
        "host": "host", "name": "name", "unit": "unit", "rank": "rank", "email": "email", "role": "role", "id": "idLabel",
        "organisation": "organisation", "text": "text", "task": "task", "owner": "owner", "due": "due", "status": "status",
        "caption": "caption", "outlet": "outlet", "headline": "headline", "url": "link", "event": "schedule", "personTitle": "jobTitle",
        "taken": "timeLogged",
    ]
}
