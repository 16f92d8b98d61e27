import TripModel
import Yams

/// `outline:` in canonical form, the shape `ItemReader+Outline` reads.
extension PlanWriter {
    func outline(_ o: ReportOutline) -> Node {
        var p = Pairs()
        p.add("report", o.kind)
        if !o.headings.isEmpty {
            p.add("headings", Node(o.headings.map { (Node($0.from), Node($0.to)) }, Tag(.map), .block))
        }
        p.add("blocks", blocks(o.blocks))
        p.add("sections", sections(o.sections))
        return p.node
    }

    private func sections(_ list: [OutlineSection]) -> Node? {
        list.isEmpty ? nil : Node(list.map(section), Tag(.seq), .block)
    }

    private func section(_ s: OutlineSection) -> Node {
        var p = Pairs()
        p.add("heading", s.heading)
        if !s.events.isEmpty { p.add("events", Node(s.events.map { Node($0) }, Tag(.seq), .flow)) }
        if !s.inBody { p.add("body", "false") }
        if let text = s.text, !text.isEmpty { p.add("text", Node(text + "\n", Tag(.str), .literal)) }
        p.add("blocks", blocks(s.blocks))
        p.add("sections", sections(s.sections))
        return p.node
    }

    /// In the order of `ReportBlock`, so an export is the same whatever order was read.
    private func blocks(_ b: [ReportBlock: Bool]) -> Node? {
        var p = Pairs()
        for block in ReportBlock.allCases {
            if let on = b[block] { p.add(block.rawValue, on ? "true" : "false") }
        }
        return b.isEmpty ? nil : p.node
    }
}
