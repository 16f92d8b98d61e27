import TripModel

/// A report kind's outline as stored, with the revision a form sends back (0: none stored yet).
public struct StoredOutline: Hashable, Sendable {
    /// The outline; nil when the report is drafted as its kind says.
    public var outline: ReportOutline?
    /// Raised by every change; 0 before the first.
    public var revision: Int
}
