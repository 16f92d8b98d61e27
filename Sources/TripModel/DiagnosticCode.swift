/// The stable code of every diagnostic, grouped into the rules of docs/checks.md.
public enum DiagnosticCode: String, Codable, Sendable, CaseIterable {
    /// Rule 1: timed items sharing a participant overlap in absolute time.
    case overlap
    /// Rule 2: too little time for the ground trip between two events.
    case travelTime = "travel-time"
    /// Rule 3: too little time before a departure or after an arrival.
    case buffer
    /// Rule 4: a member moves between places with no leg to carry them.
    case continuityGap = "continuity-gap"
    /// Rule 4: the first leg does not leave home, or the last does not arrive home.
    case continuityHome = "continuity-home"
    /// Rule 5: an item outside the trip's dates.
    case outsideDates = "outside-dates"
    /// Rule 5: a leg lands before it leaves, in absolute time.
    case legArrivesBeforeDeparture = "leg-arrives-before-departure"
    /// Rule 5: more than `ground.max.hours` of ground travel in a day.
    case groundTravel = "ground-travel"
    /// Rule 5: a day with nothing planned.
    case emptyDay = "empty-day"
    /// Rule 6: a night away with no stay.
    case lodgingMissing = "lodging-missing"
    /// Rule 7: a call or meeting on a weekend or public holiday.
    case closedDay = "closed-day"
    /// Rule 8: a participant who is not a member.
    case unknownParticipant = "unknown-participant"
    /// Rule 8: no member is the leader.
    case noLeader = "no-leader"
    /// Rule 8: a member with nothing on a day others are busy.
    case memberAbsent = "member-absent"
    /// Rule 9: the report's due date (return + 3 months).
    case reportDue = "report-due"
    /// Rule 9: the summary is not 200–300 CJK characters.
    case summaryLength = "summary-length"
    /// Rule 9: placeholder text left in the report.
    case placeholder
    /// Rule 9: purpose, process, reflections or suggestions empty.
    case sectionEmpty = "section-empty"
    /// Rule 9: a visit with no notes.
    case visitWithoutNotes = "visit-without-notes"
    /// Rule 9: a photo with no caption.
    case photoWithoutCaption = "photo-without-caption"
    /// Rule 9: photos named by a caption whose file has not been added (【待填】 in the report).
    case photoWithoutFile = "photo-without-file"
    /// Rule 9: one name written two ways.
    case nameVariants = "name-variants"
    /// Rule 9: an open follow-up past its due date (today at home).
    case followUpOverdue = "follow-up-overdue"
    /// Rule 9: a photo taken on another day than its event's (camera clock, local at the event).
    case photoOtherDay = "photo-other-day"
    /// Rule 9: a note by a member who is not among its event's participants.
    case noteByNonParticipant = "note-by-non-participant"
    /// Rule 10: a day whose date-only items cannot fit in order.
    case dayOverfull = "day-overfull"
    /// Rule 11: a city name shared by cities far apart, with nothing to say which is meant.
    case placeAmbiguous = "place-ambiguous"

    /// The rule the code belongs to; `checks.off` accepts a rule name to turn all its codes off.
    public var rule: CheckRule {
        switch self {
        case .overlap: .overlap
        case .travelTime: .travelTime
        case .buffer: .buffer
        case .continuityGap, .continuityHome: .continuity
        case .outsideDates, .legArrivesBeforeDeparture, .groundTravel, .emptyDay: .bounds
        case .lodgingMissing: .lodging
        case .closedDay: .closedDay
        case .unknownParticipant, .noLeader, .memberAbsent: .roster
        case .reportDue, .summaryLength, .placeholder, .sectionEmpty, .visitWithoutNotes,
            .photoWithoutCaption, .photoWithoutFile, .nameVariants, .followUpOverdue, .photoOtherDay,
            .noteByNonParticipant:
            .report
        case .dayOverfull: .dateOnly
        case .placeAmbiguous: .places
        }
    }

    /// Every name `checks.off` accepts: the codes and the rule names.
    public static var switchableNames: Set<String> {
        Set(allCases.map(\.rawValue)).union(CheckRule.allCases.map(\.rawValue))
    }

    /// Names an older version accepted in `checks.off`, read as the name that replaced them.
    public static let formerNames: [String: String] = ["closed-days": CheckRule.closedDay.rawValue]

    /// True when `off` (codes and rule names) turns this code off.
    public func isOff(in off: Set<String>) -> Bool { off.contains(rawValue) || off.contains(rule.rawValue) }
}
