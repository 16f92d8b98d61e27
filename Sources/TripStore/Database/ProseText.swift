import TripModel

/// What one prose field holds: a text, and for a 心得 part its theme. Both nil: the field is
/// empty (the report shows its 【待填】 prompt) or, for a 心得 part, the part is not there.
public struct ProseText: Hashable, Sendable {
    /// A 心得 part's theme (its heading); nil elsewhere or without one.
    public var theme: String?
    /// The text, paragraphs separated by line breaks.
    public var text: String?

    /// Creates a value.
    public init(theme: String? = nil, text: String?) {
        self.theme = theme
        self.text = text
    }

    /// True when the field holds nothing.
    public var isEmpty: Bool { theme == nil && text == nil }

    /// The value a delegation holds in a field.
    public init(_ field: ProseField, of d: Delegation) {
        switch field {
        case .purpose: self.init(text: d.purpose)
        case .summary: self.init(text: d.summary)
        case .suggestions: self.init(text: d.suggestions)
        case let .reflection(i):
            let r = d.reflections.indices.contains(i) ? d.reflections[i] : nil
            self.init(theme: r?.theme, text: r?.text)
        }
    }

    /// The revision a form showing this value carries (see `EditRevision`).
    public var revision: String { EditRevision.digest(["prose", theme, text]) }
}
