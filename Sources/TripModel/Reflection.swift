/// One part of 心得: under a theme heading, or (no theme) an opening or closing passage.
public struct Reflection: Hashable, Sendable {
    /// Heading, e.g. 地方創業生態與新創基地推動; nil for a passage without a heading.
    public var theme: String?
    /// The text (paragraphs separated by blank lines).
    public var text: String

    /// Creates a reflection.
    public init(theme: String?, text: String) {
        self.theme = theme
        self.text = text
    }
}
