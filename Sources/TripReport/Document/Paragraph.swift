/// A paragraph of plain text in one style.
public struct Paragraph: Hashable, Sendable {
    /// How a paragraph looks and what it is.
    public enum Style: String, Hashable, Sendable, Codable {
        /// Running text, first line indented two characters.
        case body
        /// A writing prompt the official must replace; shown boxed and flagged by checks.
        case prompt
        /// Text under a photo or table.
        case caption
        /// A labelled line such as 會晤人員：…, not indented.
        case label
        /// A bulleted item.
        case item
        /// A line to sign on (review form).
        case signature
    }

    /// The text (no line breaks).
    public var text: String
    /// The look.
    public var style: Style

    /// Creates a paragraph.
    public init(_ text: String, style: Style = .body) {
        self.text = text
        self.style = style
    }

    /// The mark every prompt starts with, so readiness checks and readers find it.
    public static let promptMark = "【待填】"
}
