extension Delegation {
    /// The outline written for a report kind, if any.
    public func outline(for kind: String) -> ReportOutline? {
        outlines.first { $0.kind == kind }
    }
}
