/// One section of a report outline: a heading over one or several visits, or a group of
/// sections one level deeper (seed 004's (一)(二)(三) with 1., 2. beneath).
public struct OutlineSection: Hashable, Sendable, Codable {
    /// The heading; nil for the visits' own titles joined with 、.
    public var heading: String?
    /// The events (visits) the section covers, in order.
    public var events: [String]
    /// False to leave the section out of the body; its visits stay in the itinerary table.
    public var inBody: Bool
    /// The section's own text; when written it replaces the visits' notes (the drafted text).
    public var text: String?
    /// Blocks switched on or off for this section (over the report's and the kind's).
    public var blocks: [ReportBlock: Bool]
    /// Sections one level deeper.
    public var sections: [OutlineSection]

    /// Creates a section.
    public init(
        heading: String? = nil,
        events: [String] = [],
        inBody: Bool = true,
        text: String? = nil,
        blocks: [ReportBlock: Bool] = [:],
        sections: [OutlineSection] = []
    ) {
        self.heading = heading
        self.events = events
        self.inBody = inBody
        self.text = text
        self.blocks = blocks
        self.sections = sections
    }

    /// The events of this section and every section under it.
    public var allEventIDs: [String] { events + sections.flatMap(\.allEventIDs) }
}
