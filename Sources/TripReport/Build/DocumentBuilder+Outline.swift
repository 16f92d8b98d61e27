import TripModel

/// The visits shaped by the plan's outline for the kind being drafted: sections in its order,
/// merged, grouped, renamed or kept out of the body; numbers still come from position.
extension DocumentBuilder {
    /// The plan's outline for this kind, if it has one.
    var outline: ReportOutline? { delegation.outline(for: kind.id) }

    /// Whether a block shows: the section's switch, else the report's, else the kind's, else on.
    func shows(_ block: ReportBlock, in section: OutlineSection?) -> Bool {
        section?.blocks[block] ?? outline?.blocks[block] ?? kind.blocks[block] ?? true
    }

    /// A part's heading as the outline renames it (seed 004: 具體成效 → 招商引資具體成效).
    func renamed(_ heading: String) -> String {
        outline?.headings.first { $0.from == heading }?.to ?? heading
    }

    /// The outline's sections, then every visit it does not name, each its own section as
    /// without an outline (so nothing logged is left out unnoticed).
    mutating func outlined(_ outline: ReportOutline, _ spec: SectionSpec, level: Int) throws(ReportError) {
        for section in outline.sections { try add(section, spec, level: level) }
        let named = Set(outline.eventIDs)
        for event in context.visits where !named.contains(event.id) {
            heading(event.title, level: level, events: [event.id])
            try drafted(event)
            try visitBlocks(event, spec, section: nil)
        }
    }

    private mutating func add(_ section: OutlineSection, _ spec: SectionSpec, level: Int) throws(ReportError) {
        guard section.inBody else { return }
        let events = section.events.compactMap { id in delegation.events.first { $0.id == id } }
        heading(section.heading ?? events.map(\.title).joined(separator: "、"), level: level, events: events.map(\.id))
        if let text = section.text, !text.trimmed.isEmpty {
            paragraphs(text, style: .body)
            for event in events { try visitBlocks(event, spec, section: section) }
        } else {
            for event in events {
                try drafted(event)
                try visitBlocks(event, spec, section: section)
            }
        }
        for child in section.sections { try add(child, spec, level: level + 1) }
    }
}
