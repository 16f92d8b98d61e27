/// One cover line of a report kind: a Mustache text and a style. Lines whose text renders
/// empty are left out, so optional facts (e.g. a council session) drop cleanly.
public struct CoverSpec: Hashable, Sendable, Decodable {
    /// Mustache text over the report context.
    public var text: String
    /// The look of the line.
    public var style: CoverLine.Style
    /// For `each`: a list in the context; the line is repeated for every element.
    public var each: String?

    enum CodingKeys: String, CodingKey { case text, style, each }

    /// Decodes a line; `text` may be left out for spacers.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        style = try c.decodeIfPresent(CoverLine.Style.self, forKey: .style) ?? .field
        each = try c.decodeIfPresent(String.self, forKey: .each)
    }
}
