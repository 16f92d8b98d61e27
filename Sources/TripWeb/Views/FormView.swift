/// A form as a template shows it: the values as typed (or as stored), the messages of the
/// fields that were refused and those of the form as a whole.
struct FormView {
    /// Values by field name (`values.title`).
    let values: [String: String]
    /// Messages by field name (`errors.title`), only for refused fields.
    let errors: [String: [String]]
    /// True by field name for refused fields (`invalid.title`, for `aria-invalid`).
    let invalid: [String: Bool]
    /// Messages of the form as a whole.
    let general: [String]
    /// Always true: a form shown again is open (`{{#forms.outcome}}open{{/forms.outcome}}`).
    let open = true

    /// The view of a form's state.
    init(_ state: FormState) {
        values = state.values.filter { !$0.value.isEmpty }
        var errors: [String: [String]] = [:]
        var invalid: [String: Bool] = [:]
        for (name, list) in state.messages where !name.isEmpty {
            errors[name] = list
            invalid[name] = true
        }
        self.errors = errors
        self.invalid = invalid
        general = state.messages[""] ?? []
    }
}
