/// One section of a report kind: a heading (numbered by position), what fills it, and its
/// own sub-sections.
public struct SectionSpec: Hashable, Sendable, Decodable {
    /// The heading text; nil for a part that only adds content under its parent.
    public var title: String?
    /// The built-in filler that writes the content (see `Filler`); nil for none.
    public var fill: Filler?
    /// False for headings such as 附錄 that carry no number.
    public var numbered: Bool
    /// True when the section is left out if its filler has nothing to show.
    public var optional: Bool
    /// Free text (Mustache) written as paragraphs before the filler's content.
    public var text: String?
    /// Labels the filler uses, e.g. table column headings; defaults live in the filler.
    public var labels: [String: String]
    /// Sub-sections, one level deeper.
    public var children: [SectionSpec]

    enum CodingKeys: String, CodingKey { case title, fill, numbered, optional, text, labels, children }

    /// Decodes a section with defaults for everything but the title.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        fill = try c.decodeIfPresent(Filler.self, forKey: .fill)
        numbered = try c.decodeIfPresent(Bool.self, forKey: .numbered) ?? true
        optional = try c.decodeIfPresent(Bool.self, forKey: .optional) ?? false
        text = try c.decodeIfPresent(String.self, forKey: .text)
        labels = try c.decodeIfPresent([String: String].self, forKey: .labels) ?? [:]
        children = try c.decodeIfPresent([SectionSpec].self, forKey: .children) ?? []
    }

    /// A label, or its default.
    public func label(_ key: String, _ fallback: String) -> String { labels[key] ?? fallback }
}
