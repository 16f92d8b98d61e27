import Foundation
import TripModel

/// Walks a report kind's sections and asks each filler for its blocks. Headings get their
/// numbers here, from position, so the body and the contents can never disagree.
struct DocumentBuilder {
    let templates: TemplateSet
    let context: ReportContext
    let kind: ReportKind
    /// Folder that relative photo and clipping paths are read from.
    let photoRoot: URL
    var numbering = Numbering()
    var blocks: [Block] = []
    var anchors = 0
    /// Upload-system facts, for the abstract kind.
    var metadata: AbstractMetadata?
    /// `context.view()`, kept once `build` has made it.
    private var facts: ReportView?

    init(templates: TemplateSet, delegation: Delegation, kind: ReportKind, photoRoot: URL) {
        self.templates = templates
        self.context = ReportContext(delegation: delegation)
        self.kind = kind
        self.photoRoot = photoRoot
    }

    var delegation: Delegation { context.delegation }

    /// The facts every text sees, made once per document.
    var view: ReportView { facts ?? context.view() }

    /// The whole document: cover, contents, sections.
    mutating func build() throws(ReportError) -> Document {
        let base = context.view()
        facts = base
        if !kind.cover.isEmpty {
            for line in kind.cover { try cover(line, base) }
            blocks.append(.pageBreak)
        }
        if let toc = kind.toc {
            blocks.append(.toc(title: toc))
            blocks.append(.pageBreak)
        }
        for section in kind.sections { try add(section, level: 1) }
        let title = try templates.render(text: kind.cover.first { $0.style == .title }?.text ?? kind.name.zh, base)
        return Document(
            title: ReportText.oneLine(title.trimmed.nonEmpty ?? kind.name.zh),
            blocks: blocks.map(Self.settled),
            names: context.names
        )
    }

    /// A block as every writer gets it: what must be one line is one line (a line break stored
    /// in a title by an older version becomes a space, so a heading keeps its anchor and the
    /// contents list its entry); a cell's or caption's line break starts a new line of it.
    static func settled(_ block: Block) -> Block {
        switch block {
        case var .cover(line):
            line.text = ReportText.oneLine(line.text)
            return .cover(line)
        case var .heading(h):
            h.text = ReportText.oneLine(h.text)
            return .heading(h)
        case var .paragraph(p):
            p.text = ReportText.oneLine(p.text)
            return .paragraph(p)
        case var .table(t):
            let settle = { (row: [TableCell]) in
                row.map { cell -> TableCell in
                    var cell = cell
                    cell.lines = cell.lines.flatMap(ReportText.splitLines)
                    return cell
                }
            }
            t.header = t.header.map(settle)
            t.rows = t.rows.map(settle)
            return .table(t)
        case var .photoGrid(g):
            g.items = g.items.map { item in
                var item = item
                item.prompt = item.prompt.map(ReportText.oneLine)
                item.caption = item.caption.flatMap(ReportText.splitLines)
                return item
            }
            return .photoGrid(g)
        case .toc, .pageBreak:
            return block
        }
    }

    private mutating func cover(_ line: CoverSpec, _ base: ReportView) throws(ReportError) {
        if line.style == .spacer {
            blocks.append(.cover(CoverLine("", style: .spacer)))
            return
        }
        // `each` names a list of the facts (checked when the templates were read): the line is
        // repeated for each element, rendered with that element alone.
        let views: [any TemplateView] = line.each.map { base.list(named: $0) ?? [] } ?? [base]
        for view in views {
            let text = try templates.render(text: line.text, view).trimmed
            if !text.isEmpty { blocks.append(.cover(CoverLine(text, style: line.style))) }
        }
    }

    /// Adds a section (heading, text, filler, children); drops it when optional and empty.
    mutating func add(_ section: SectionSpec, level: Int) throws(ReportError) {
        let savedBlocks = blocks
        let savedNumbering = numbering
        var childLevel = level
        if let title = section.title {
            let text = renamed(try templates.render(text: title, view).trimmed)
            heading(text, level: level, numbered: section.numbered, fill: section.fill)
            childLevel = level + 1
        }
        let before = blocks.count
        if let text = section.text {
            paragraphs(try templates.render(text: text, view), style: .body)
        }
        if let fill = section.fill { try run(fill, section, level: childLevel) }
        for child in section.children { try add(child, level: childLevel) }
        if section.optional, blocks.count == before {
            blocks = savedBlocks
            numbering = savedNumbering
        }
    }

    private mutating func run(_ fill: Filler, _ spec: SectionSpec, level: Int) throws(ReportError) {
        switch fill {
        case .summary: try summary()
        case .members: members(spec)
        case .purpose: try written(delegation.purpose, prompt: .purpose)
        case .itinerary: itinerary(spec)
        case .councilItinerary: councilItinerary(spec)
        case .visits: try visits(spec, level: level)
        case .reflections: try reflections(level: level)
        case .suggestions: try written(delegation.suggestions, prompt: .suggestions)
        case .press: try press(spec)
        case .appendix: appendix(spec)
        case .outcomes: try outcomes(spec, level: level)
        case .closing: try written(delegation.summary, prompt: .closing)
        case .abstract: try abstract(spec)
        case .reviewForm: reviewForm(spec)
        }
    }

    /// Appends a heading with the next number at `level`.
    /// `events` are the visits it covers and `fill` the filler of its part: where its prompts
    /// are filled.
    mutating func heading(
        _ text: String,
        level: Int,
        numbered: Bool = true,
        inTOC: Bool = true,
        events: [String] = [],
        fill: Filler? = nil
    ) {
        anchors += 1
        let number = numbered ? numbering.next(level: level) : ""
        var h = Heading(level: level, number: number, text: text, anchor: "h\(anchors)", inTOC: inTOC && level <= 2)
        h.events = events
        h.fill = fill?.rawValue
        blocks.append(.heading(h))
    }

    /// Appends each non-empty line of `text` as its own paragraph.
    mutating func paragraphs(_ text: String, style: Paragraph.Style) {
        for line in text.split(whereSeparator: \.isNewline) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { blocks.append(.paragraph(Paragraph(t, style: style))) }
        }
    }

    /// The official's text when written, else the prompt snippet.
    mutating func written(_ text: String?, prompt snippet: Snippet) throws(ReportError) {
        if let text, !text.trimmed.isEmpty {
            paragraphs(text, style: .body)
        } else {
            try prompt(snippet)
        }
    }

    /// Appends a prompt rendered from a snippet over the report's facts.
    mutating func prompt(_ snippet: Snippet) throws(ReportError) {
        try prompt(snippet, view)
    }

    /// Appends a prompt rendered from a snippet over its own values (and, when they are
    /// layered over them, the report's facts).
    mutating func prompt(_ snippet: Snippet, _ values: some TemplateView) throws(ReportError) {
        let text = try templates.render(snippet, values).trimmed
        blocks.append(.paragraph(Paragraph(text, style: .prompt)))
    }

    /// The picture at a plan path (relative to the photo root). Whether it can be read is found
    /// when it is prepared: a missing or damaged file then becomes a prompt in its place.
    func image(_ path: String?) -> ImageRef? {
        guard let path, !path.isEmpty else { return nil }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : photoRoot.appendingPathComponent(path)
        return ImageRef(source: url, label: path)
    }
}
