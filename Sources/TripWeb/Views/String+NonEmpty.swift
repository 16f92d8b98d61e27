extension String {
    /// The text, or nil when empty: a template's `{{#x}}` section skips it as a missing value.
    var nonEmpty: String? { isEmpty ? nil : self }
}
