/// The stable code of every diagnostic, grouped into the rules of docs/checks.md.
public enum DiagnosticCode: String, Codable, Sendable, CaseIterable {
    case overlap
    case travelTime = "travel-time"
    case buffer
    case continuityGap = "continuity-gap"
    case continuityHome = "continuity-home"
    case outsideDates = "outside-dates"
    case legArrivesBeforeDeparture = "leg-arrives-before-departure"
    case groundTravel = "ground-travel"
    case emptyDay = "empty-day"
    case lodgingMissing = "lodging-missing"
    case closedDay = "closed-day"
    case unknownParticipant = "unknown-participant"
    case noLeader = "no-leader"
    case memberAbsent = "member-absent"
    case reportDue = "report-due"
    case summaryLength = "summary-length"
    case placeholder
    case sectionEmpty = "section-empty"
    case visitWithoutNotes = "visit-without-notes"
    case photoWithoutCaption = "photo-without-caption"
    case nameVariants = "name-variants"
    case dayOverfull = "day-overfull"

    /// The rule the code belongs to; `checks.off` accepts a rule name to turn all its codes off.
    public var rule: String {
        switch self {
        case .overlap: "overlap"
        case .travelTime: "travel-time"
        case .buffer: "buffer"
        case .continuityGap, .continuityHome: "continuity"
        case .outsideDates, .legArrivesBeforeDeparture, .groundTravel, .emptyDay: "bounds"
        case .lodgingMissing: "lodging"
        case .closedDay: "closed-days"
        case .unknownParticipant, .noLeader, .memberAbsent: "roster"
        case .reportDue, .summaryLength, .placeholder, .sectionEmpty, .visitWithoutNotes,
             .photoWithoutCaption, .nameVariants: "report"
        case .dayOverfull: "date-only"
        }
    }

    /// Every name `checks.off` accepts: the codes and the rule names.
    public static var switchableNames: Set<String> {
        Set(allCases.map(\.rawValue)).union(allCases.map(\.rule))
    }
}
