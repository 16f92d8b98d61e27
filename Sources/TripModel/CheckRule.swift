/// The rules of docs/checks.md by the name `checks: off:` accepts to turn all their codes off.
public enum CheckRule: String, CaseIterable, Sendable, Codable {
    /// Rule 1.
    case overlap
    /// Rule 2.
    case travelTime = "travel-time"
    /// Rule 3.
    case buffer
    /// Rule 4.
    case continuity
    /// Rule 5.
    case bounds
    /// Rule 6.
    case lodging
    /// Rule 7. Its name is its one code's: the former `closed-days`, one letter from the code,
    /// read as a typo and accepted silently, so that the two spellings could never be told apart.
    case closedDay = "closed-day"
    /// Rule 8.
    case roster
    /// Rule 9.
    case report
    /// Rule 10.
    case dateOnly = "date-only"
    /// Rule 11.
    case places

    /// The codes the rule raises.
    public var codes: [DiagnosticCode] { DiagnosticCode.allCases.filter { $0.rule == self } }
}
