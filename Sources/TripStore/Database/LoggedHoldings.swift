/// What is logged against an event or arranged around it, counted: what deleting it would
/// drop, so the deletion is refused while any of it is there.
public struct LoggedHoldings: Hashable, Sendable {
    /// Notes.
    public var notes = 0
    /// Photos.
    public var photos = 0
    /// Outcomes.
    public var outcomes = 0
    /// Follow-ups.
    public var followUps = 0
    /// People met.
    public var peopleMet = 0
    /// Press clippings reporting on it.
    public var press = 0
    /// The report kinds whose outline places it (`report`, `council`…).
    public var outlines: [String] = []

    /// Nothing held.
    public init() {}

    /// True when nothing is logged or arranged around it.
    public var isEmpty: Bool { self == LoggedHoldings() }
}
