extension Document {
    /// Every piece of text the document shows, in order: cover lines, contents title, headings,
    /// paragraphs, table cells, prompts and captions of pictures.
    public var shownTexts: [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case let .cover(line): [line.text]
            case let .toc(title): [title]
            case let .heading(h): [h.fullText]
            case let .paragraph(p): [p.text]
            case let .table(t): (t.header + t.rows).flatMap { $0 }.flatMap(\.lines)
            case let .photoGrid(g): g.items.flatMap { ($0.prompt.map { [$0] } ?? []) + $0.caption }
            case .pageBreak: []
            }
        }
    }
}
