import TripModel

/// One finding of the checks: what is wrong, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Stable code, e.g. `overlap`.
    public var code: DiagnosticCode
    /// Error, warning or info.
    public var severity: Severity
    /// Ids of the events, legs and stays involved, in the order the message names them.
    public var items: [String]
    /// The local day it concerns, when one.
    public var day: LocalDate?
    /// Ids of the members concerned.
    public var members: [String]
    /// What is wrong, naming the items by title and local time.
    public var message: LocalizedText
    /// A suggested fix, where one exists.
    public var fix: LocalizedText?
    /// The reason given in the plan when the diagnostic is acknowledged.
    public var acknowledged: String?

    /// Creates a diagnostic.
    public init(
        code: DiagnosticCode,
        severity: Severity,
        items: [String] = [],
        day: LocalDate? = nil,
        members: [String] = [],
        message: LocalizedText,
        fix: LocalizedText? = nil,
        acknowledged: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.items = items
        self.day = day
        self.members = members
        self.message = message
        self.fix = fix
        self.acknowledged = acknowledged
    }

    /// True when the diagnostic counts towards the exit status (not acknowledged, not info).
    public var counts: Bool { acknowledged == nil && severity != .info }
}
