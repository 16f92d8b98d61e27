/// One line of a report's cover page.
public struct CoverLine: Hashable, Sendable {
    /// How a cover line looks.
    public enum Style: String, Hashable, Sendable, Codable, CaseIterable {
        /// The form line, e.g. 公務出國或赴大陸地區報告(出國類別：考察).
        case kind
        /// The report title, large.
        case title
        /// A labelled fact such as 服務機關：…, left-aligned in a centred block.
        case field
        /// The date at the foot of the cover.
        case date
        /// Empty space.
        case spacer
    }

    /// The text.
    public var text: String
    /// The look.
    public var style: Style

    /// Creates a cover line.
    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}
