import TripModel
import Yams

/// `outline:` — how each report kind is shaped (docs/plan-format.md, "Report outline").
extension ItemReader {
    /// How deep sections may nest under `sections:` (seed 004: 二 → (一) → 1.).
    static let outlineDepth = 3

    func readOutlines(_ f: Fields, events: [Event]) -> [ReportOutline] {
        var kindLines: [String: Int] = [:]
        var eventLines: [String: Int] = [:]
        let eventIDs = events.map(\.id)
        return f.list("outline").compactMap { node -> ReportOutline? in
            guard let o = Fields(node, allowed: ["report", "headings", "blocks", "sections"], context: ctx, name: "outline"),
                let kind = o.id("report")
            else { return nil }
            if let line = kindLines[kind] {
                ctx.fail(o.value("report"), .value(.outlineKindTwice(kind: kind, firstLine: line)))
                return nil
            }
            kindLines[kind] = node.mark?.line ?? 0
            // An event belongs to one section of a report's outline; another report may group it otherwise.
            eventLines = [:]
            let headings = readHeadingChanges(o)
            let blocks = readBlocks(o)
            let sections = o.list("sections").compactMap {
                readSection($0, depth: 1, eventIDs: eventIDs, seen: &eventLines)
            }
            return ReportOutline(kind: kind, headings: headings, blocks: blocks, sections: sections)
        }
    }

    /// `headings:` — a mapping from a heading as drafted to the heading used.
    private func readHeadingChanges(_ o: Fields) -> [HeadingChange] {
        guard let node = o.value("headings") else { return [] }
        guard case let .mapping(mapping) = node else {
            ctx.fail(node, .wrongType(key: "headings", expected: "mapping"))
            return []
        }
        var seen: [String: Int] = [:]
        return mapping.compactMap { key, value -> HeadingChange? in
            guard let from = headingText(key, key: "headings"), let to = headingText(value, key: "headings") else { return nil }
            if let line = seen[from] {
                ctx.fail(key, .duplicateKey(from, firstLine: line))
                return nil
            }
            seen[from] = key.mark?.line ?? 0
            return HeadingChange(from: from, to: to)
        }
    }

    /// One line of heading text, checked by `FieldText` like every other text field.
    private func headingText(_ node: Node, key: String) -> String? {
        guard case let .scalar(s) = node else {
            ctx.fail(node, .wrongType(key: key, expected: "text"))
            return nil
        }
        let text = Fields.isNull(node) ? "" : s.string
        if let problem = FieldText.problem(in: text, shape: .line, required: true) {
            ctx.fail(node, .text(key: key, problem))
            return nil
        }
        return text
    }

    /// `blocks:` — `counterparts: false`, `outcomes: true`…
    private func readBlocks(_ f: Fields) -> [ReportBlock: Bool] {
        guard let node = f.value("blocks"),
            let b = Fields(node, allowed: ReportBlock.allCases.map(\.rawValue), context: ctx, name: "blocks")
        else { return [:] }
        var blocks: [ReportBlock: Bool] = [:]
        for block in ReportBlock.allCases {
            if let on = b.flag(block.rawValue) { blocks[block] = on }
        }
        return blocks
    }

    private func readSection(_ node: Node, depth: Int, eventIDs: [String], seen: inout [String: Int]) -> OutlineSection? {
        guard let s = Fields(node, allowed: ["heading", "events", "body", "text", "blocks", "sections"], context: ctx, name: "sections") else {
            return nil
        }
        let heading = s.text("heading", .line)
        let text = s.text("text", .paragraphs)
        let inBody = s.flag("body") ?? true
        let blocks = readBlocks(s)
        var events: [String] = []
        for (id, idNode) in s.stringNodes("events") {
            guard eventIDs.contains(id) else {
                ctx.fail(idNode, .value(.notAnEvent(id, suggestion: NearestNames.nearest(to: id, among: eventIDs, limit: 1).first)))
                continue
            }
            if let line = seen[id] {
                ctx.fail(idNode, .value(.outlineEventTwice(id, firstLine: line)))
                continue
            }
            seen[id] = idNode.mark?.line ?? 0
            events.append(id)
        }
        var sections: [OutlineSection] = []
        if let children = s.value("sections") {
            if depth >= ItemReader.outlineDepth {
                ctx.fail(children, .value(.outlineTooDeep(depth: ItemReader.outlineDepth)))
            } else {
                sections = s.list("sections").compactMap { readSection($0, depth: depth + 1, eventIDs: eventIDs, seen: &seen) }
            }
        }
        // A section must show something: a heading over nothing would be an empty numbered part.
        if !s.has("events"), !s.has("text"), !s.has("sections") {
            ctx.fail(node, .value(.emptyOutlineSection))
            return nil
        }
        if !s.has("heading"), !s.has("events") {
            ctx.fail(node, .value(.outlineNeedsHeading))
            return nil
        }
        return OutlineSection(heading: heading, events: events, inBody: inBody, text: text, blocks: blocks, sections: sections)
    }
}
