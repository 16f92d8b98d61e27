/// A report kind as data (Templates/kinds/NAME.json): cover, contents, sections and their order.
public struct ReportKind: Hashable, Sendable, Decodable {
    /// Short id used on the command line, e.g. `trip`.
    public var id: String
    /// Name in zh-Hant, e.g. 出國報告.
    public var name: String
    /// Suffix of the output file names, e.g. `出國報告` gives `kyushu-2025-出國報告.odt`.
    public var fileSuffix: String
    /// Cover lines; their text is Mustache over the report context.
    public var cover: [CoverSpec]
    /// Title of the table of contents; nil for no contents page.
    public var toc: String?
    /// Top-level sections in order.
    public var sections: [SectionSpec]

    enum CodingKeys: String, CodingKey {
        case id, name, cover, toc, sections
        case fileSuffix = "file_suffix"
    }
}
