/// A report as a small tree: the blocks every writer renders the same way.
public struct Document: Hashable, Sendable {
    /// The report's title (file metadata and HTML title).
    public var title: String
    /// The blocks in order.
    public var blocks: [Block]
    /// Names from the data (places, cities, countries, organisations, people) that a line of the
    /// cover title must never be broken inside (熊本, not 熊/本).
    public var names: [String]

    /// Creates a document.
    public init(title: String, blocks: [Block] = [], names: [String] = []) {
        self.title = title
        self.blocks = blocks
        self.names = names
    }

    /// Every heading, in order.
    public var headings: [Heading] {
        blocks.compactMap { if case let .heading(h) = $0 { h } else { nil } }
    }

    /// The headings the table of contents lists.
    public var tocEntries: [Heading] { headings.filter(\.inTOC) }

    /// Every writing prompt still in the draft.
    public var prompts: [String] { blocks.flatMap(Document.prompts(in:)) }

    /// The writing prompts one block holds.
    static func prompts(in block: Block) -> [String] {
        switch block {
        case let .paragraph(p) where p.text.contains(Paragraph.promptMark): [p.text]
        case let .cover(line) where line.text.contains(Paragraph.promptMark): [line.text]
        case let .table(t):
            (t.header + t.rows).flatMap { $0 }.flatMap(\.lines).filter { $0.contains(Paragraph.promptMark) }
        case let .photoGrid(g):
            g.items.compactMap(\.prompt) + g.items.flatMap(\.caption).filter { $0.contains(Paragraph.promptMark) }
        default: []
        }
    }

    /// Every picture, in order.
    public var images: [ImageRef] {
        blocks.flatMap { block -> [ImageRef] in
            if case let .photoGrid(g) = block { return g.items.compactMap(\.image) }
            return []
        }
    }

    /// The same document with each photo-grid item replaced by `transform(item)`, in order.
    public func mapGridItems(_ transform: (GridItem) throws -> GridItem) rethrows -> Document {
        var copy = self
        copy.blocks = try blocks.map { block in
            guard case var .photoGrid(grid) = block else { return block }
            grid.items = try grid.items.map(transform)
            return .photoGrid(grid)
        }
        return copy
    }
}
