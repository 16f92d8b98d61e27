import TripModel

/// A report kind as data (Templates/kinds/NAME.json): cover, contents, sections and their order.
public struct ReportKind: Hashable, Sendable, Decodable {
    /// Short id used on the command line, e.g. `trip`.
    public var id: String
    /// What the kind is called, e.g. 出國報告 / Trip report: the one name the command line, the
    /// web app and a report without a cover title use.
    public var name: LocalizedText
    /// Suffix of the output file names, e.g. `出國報告` gives `kyushu-2025-出國報告.odt`.
    public var fileSuffix: String
    /// Cover lines; their text is Mustache over the report context.
    public var cover: [CoverSpec]
    /// Title of the table of contents; nil for no contents page.
    public var toc: String?
    /// Top-level sections in order.
    public var sections: [SectionSpec]
    /// Optional blocks switched on or off for every report of the kind (`"blocks":
    /// {"counterparts": false}`); a plan's outline may switch them again. Unnamed: on.
    public var blocks: [ReportBlock: Bool]

    enum CodingKeys: String, CodingKey {
        case id, name, cover, toc, sections, blocks
        case fileSuffix = "file_suffix"
    }

    /// Decodes a kind; `name` is `{"zh": …, "en": …}`, or one text for both (an agency's kind
    /// file written before names had two languages).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        if let one = try? c.decode(String.self, forKey: .name) {
            name = LocalizedText(zh: one, en: one)
        } else {
            name = try c.decode(LocalizedText.self, forKey: .name)
        }
        fileSuffix = try c.decode(String.self, forKey: .fileSuffix)
        cover = try c.decode([CoverSpec].self, forKey: .cover)
        toc = try c.decodeIfPresent(String.self, forKey: .toc)
        sections = try c.decode([SectionSpec].self, forKey: .sections)
        blocks = [:]
        for (name, on) in try c.decodeIfPresent([String: Bool].self, forKey: .blocks) ?? [:] {
            guard let block = ReportBlock(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .blocks,
                    in: c,
                    debugDescription: "unknown block '\(name)'; the blocks are " + ReportBlock.allCases.map(\.rawValue).joined(separator: ", ")
                )
            }
            blocks[block] = on
        }
    }
}

extension ReportKind {
    /// Every Mustache text of the kind (cover lines, section titles and texts, and the name, which
    /// titles a document with no cover title) with its place in the kind file, for checking them
    /// all when the templates are read.
    var texts: [(path: [KindFileLocation.Step], text: String)] {
        var out: [(path: [KindFileLocation.Step], text: String)] = [([.key("name")], name.zh)]
        for (i, line) in cover.enumerated() where !line.text.isEmpty {
            out.append(([.key("cover"), .index(i), .key("text")], line.text))
        }
        func walk(_ sections: [SectionSpec], _ path: [KindFileLocation.Step]) {
            for (i, section) in sections.enumerated() {
                let here = path + [.index(i)]
                if let title = section.title { out.append((here + [.key("title")], title)) }
                if let text = section.text { out.append((here + [.key("text")], text)) }
                walk(section.children, here + [.key("children")])
            }
        }
        walk(sections, [.key("sections")])
        return out
    }
}
