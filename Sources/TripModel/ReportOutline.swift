/// How one report kind of a delegation is shaped (the plan's `outline:`): the visit sections in
/// order, grouped and renamed, the parts renamed and the optional blocks switched. Numbers are
/// never stored: they come from position when the report is drafted.
public struct ReportOutline: Hashable, Sendable, Codable {
    /// The report kind it shapes, e.g. `trip` or `council`.
    public var kind: String
    /// Parts of the kind renamed, in the order written: the drafted heading, then the heading used.
    public var headings: [HeadingChange]
    /// Blocks switched on or off for the whole report (over the kind's defaults).
    public var blocks: [ReportBlock: Bool]
    /// The visit sections in order; visits named in none follow them, each its own section.
    public var sections: [OutlineSection]

    /// Creates an outline.
    public init(
        kind: String,
        headings: [HeadingChange] = [],
        blocks: [ReportBlock: Bool] = [:],
        sections: [OutlineSection] = []
    ) {
        self.kind = kind
        self.headings = headings
        self.blocks = blocks
        self.sections = sections
    }

    /// Every event the outline names, at any depth, in order.
    public var eventIDs: [String] { sections.flatMap(\.allEventIDs) }

    /// Events kept out of the body, at any depth (a section out of the body keeps out everything
    /// under it): the report prints nothing of them, photos included.
    public var eventsOutOfBody: Set<String> {
        var out: Set<String> = []
        func walk(_ list: [OutlineSection]) {
            for s in list {
                if s.inBody { walk(s.sections) } else { out.formUnion(s.allEventIDs) }
            }
        }
        walk(sections)
        return out
    }

    /// Events whose notes the report does not print: kept out of the body, or in a section
    /// with its own text (the readiness check asks no notes of them).
    public var eventsWithoutPrintedNotes: Set<String> {
        var out = eventsOutOfBody
        func walk(_ list: [OutlineSection]) {
            for s in list where s.inBody {
                if let text = s.text, !text.allSatisfy(\.isWhitespace) { out.formUnion(s.events) }
                walk(s.sections)
            }
        }
        walk(sections)
        return out
    }
}

/// A part of a report kind shown under another heading (seed 004: 具體成效 → 招商引資具體成效).
public struct HeadingChange: Hashable, Sendable, Codable {
    /// The heading as the kind drafts it.
    public var from: String
    /// The heading the report shows.
    public var to: String

    /// Creates a renaming.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
