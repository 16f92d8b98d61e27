import TripModel

extension ReportGenerator {
    /// The outline a report of a kind has: the plan's, else one section per visit in the order
    /// the draft has them (what the controls start from).
    public static func outline(of delegation: Delegation, kind: String) -> ReportOutline {
        delegation.outline(for: kind)
            ?? ReportOutline(kind: kind, sections: ReportContext(delegation: delegation).visits.map { OutlineSection(events: [$0.id]) })
    }
}
