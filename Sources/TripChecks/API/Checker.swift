import Gazetteer
import TripModel

/// Runs every rule over a delegation and returns its diagnostics. Pure: no files, no
/// database, no printing; `today` is passed in so results are reproducible.
public struct Checker: Sendable {
    /// The public holidays used by the closed-day rule.
    public var holidays: HolidayTable
    /// The cities the place rule looks up namesakes in.
    public var gazetteer: Gazetteer

    /// Creates a checker with the bundled holiday table and gazetteer, or others.
    public init(holidays: HolidayTable = .shared, gazetteer: Gazetteer = .shared) {
        self.holidays = holidays
        self.gazetteer = gazetteer
    }

    /// Checks a delegation as of `today` (report readiness starts the day after return).
    public func check(_ delegation: Delegation, today: LocalDate) -> CheckResult {
        let ctx = CheckContext(delegation: delegation, today: today, holidays: holidays, gazetteer: gazetteer)
        let off = delegation.checks.switchedOff
        let rules: [(codes: [DiagnosticCode], run: (CheckContext, inout [Diagnostic]) -> Void)] = [
            ([.overlap], OverlapRule.run),
            ([.travelTime, .buffer], TravelRule.run),
            (CheckRule.continuity.codes, ContinuityRule.run),
            (CheckRule.bounds.codes, BoundsRule.run),
            (CheckRule.lodging.codes, LodgingRule.run),
            (CheckRule.closedDay.codes, ClosedDayRule.run),
            (CheckRule.roster.codes, RosterRule.run),
            (CheckRule.report.codes, ReadinessRule.run),
            ([.followUpOverdue], FollowUpRule.run),
            ([.photoOtherDay, .noteByNonParticipant], MisfiledRule.run),
            (CheckRule.dateOnly.codes, DayFitRule.run),
            (CheckRule.places.codes, PlaceRule.run),
        ]
        var found: [Diagnostic] = []
        // Skip a rule only when every code it can raise is off (by code or by rule name).
        for rule in rules where !rule.codes.allSatisfy(off.contains) {
            rule.run(ctx, &found)
        }
        let kept = found.filter { !off.contains($0.code) }
        return CheckResult(
            delegation: delegation.id,
            title: delegation.title,
            today: today,
            diagnostics: Checker.sorted(Checker.acknowledge(kept, in: delegation))
        )
    }

    /// Marks diagnostics accepted by the plan: same code, and the acknowledged id is one of its
    /// items or members (or the delegation's own id, for diagnostics that name no item).
    static func acknowledge(_ diagnostics: [Diagnostic], in delegation: Delegation) -> [Diagnostic] {
        guard !delegation.checks.acknowledgements.isEmpty else { return diagnostics }
        var reasons: [DiagnosticCode: [(item: String, reason: String)]] = [:]
        for a in delegation.checks.acknowledgements {
            if let code = a.diagnosticCode { reasons[code, default: []].append((a.item, a.reason)) }
        }
        return diagnostics.map { d in
            guard let candidates = reasons[d.code] else { return d }
            let named = Set(d.items + d.members + (d.items.isEmpty && d.members.isEmpty ? [delegation.id] : []))
            guard let hit = candidates.first(where: { named.contains($0.item) }) else { return d }
            var copy = d
            copy.acknowledged = hit.reason
            return copy
        }
    }

    /// By day (undated last), then severity, code and first item.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { x, y in
            let a = x.element
            let b = y.element
            let da = a.day?.dayNumber ?? Int.max
            let db = b.day?.dayNumber ?? Int.max
            if da != db { return da < db }
            if a.severity != b.severity { return a.severity < b.severity }
            if a.code != b.code { return a.code.rawValue < b.code.rawValue }
            return x.offset < y.offset
        }.map(\.element)
    }
}
