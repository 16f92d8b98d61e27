import TripModel

/// What `Checker.check` found for one delegation, ready to print or encode as JSON
/// (schema: docs/check-schema.json).
public struct CheckResult: Hashable, Sendable, Codable {
    /// Version of the JSON shape.
    public var format: Int
    /// The delegation's id.
    public var delegation: String
    /// Its title.
    public var title: String
    /// The day the checks took as today (report readiness depends on it).
    public var today: LocalDate
    /// Every diagnostic, by day (undated last), then severity and code.
    public var diagnostics: [Diagnostic]
    /// How many diagnostics of each severity, acknowledged ones excluded.
    public var counts: Counts

    /// Diagnostics per severity.
    public struct Counts: Hashable, Sendable, Codable {
        /// Errors not acknowledged.
        public var error: Int
        /// Warnings not acknowledged.
        public var warning: Int
        /// Notes.
        public var info: Int
        /// Diagnostics acknowledged in the plan.
        public var acknowledged: Int
    }

    /// Creates a result and counts its diagnostics.
    public init(delegation: String, title: String, today: LocalDate, diagnostics: [Diagnostic]) {
        self.format = 1
        self.delegation = delegation
        self.title = title
        self.today = today
        self.diagnostics = diagnostics
        let open = diagnostics.filter { $0.acknowledged == nil }
        self.counts = Counts(
            error: open.filter { $0.severity == .error }.count,
            warning: open.filter { $0.severity == .warning }.count,
            info: open.filter { $0.severity == .info }.count,
            acknowledged: diagnostics.count - open.count
        )
    }

    /// 0 when clean, 1 for warnings when `strict`, 2 for errors; acknowledged ones never count.
    public func exitStatus(strict: Bool) -> Int32 {
        if counts.error > 0 { return 2 }
        if strict && counts.warning > 0 { return 1 }
        return 0
    }

    /// The diagnostics that name an item, for marking it in `schedule` and `show`.
    public func diagnostics(naming item: String) -> [Diagnostic] {
        diagnostics.filter { $0.items.contains(item) }
    }

    /// Ids of every item some open diagnostic names, with the worst severity among them.
    public var flaggedItems: [String: Severity] {
        var out: [String: Severity] = [:]
        for d in diagnostics where d.acknowledged == nil {
            for id in d.items { out[id] = min(out[id] ?? .info, d.severity) }
        }
        return out
    }

    /// The acknowledged diagnostics with their reasons, for the report's list.
    public var acknowledged: [Diagnostic] { diagnostics.filter { $0.acknowledged != nil } }
}
