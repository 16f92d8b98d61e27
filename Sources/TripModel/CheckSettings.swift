/// A plan's overrides for the checks: rules turned off, thresholds changed, and diagnostics
/// acknowledged on one item with a written reason.
public struct CheckSettings: Hashable, Sendable {
    /// Rule codes turned off for this plan.
    public var disabled: [String]
    /// Thresholds changed from `CheckSettings.defaults`, by name.
    public var numbers: [String: Double]
    /// Diagnostics accepted on one item each.
    public var acknowledgements: [Acknowledgement]

    /// Creates settings.
    public init(disabled: [String] = [], numbers: [String: Double] = [:], acknowledgements: [Acknowledgement] = []) {
        self.disabled = disabled
        self.numbers = numbers
        self.acknowledgements = acknowledgements
    }

    /// True when nothing is overridden.
    public var isEmpty: Bool { disabled.isEmpty && numbers.isEmpty && acknowledgements.isEmpty }

    /// The value of a threshold: the plan's, else the default.
    public func number(_ name: String) -> Double {
        numbers[name] ?? CheckSettings.defaults[name] ?? 0
    }

    /// Every threshold a plan may set, with its default (minutes, km/h, factors, hours).
    public static let defaults: [String: Double] = [
        "buffer.flight.before": 90, "buffer.flight.after": 30,
        "buffer.rail.before": 20, "buffer.rail.after": 10,
        "buffer.bus.before": 15, "buffer.bus.after": 10,
        "buffer.ship.before": 60, "buffer.ship.after": 30,
        "buffer.other.before": 30, "buffer.other.after": 15,
        "detour.city": 1.3, "detour.country": 1.7,
        "speed.walk": 4.5, "speed.car": 40, "speed.bus": 50, "speed.rail": 120, "speed.ship": 30, "speed.flight": 700,
        "ground.max.hours": 8,
        "summary.min": 200, "summary.max": 300,
        "report.warn.days": 14,
        // Added for TripChecks (see docs/checks.md).
        "travel.buffer": 10, "walk.max.km": 1, "city.km": 30, "continuity.km": 60,
        "day.start": 8, "day.end": 22, "dated.minutes": 60, "report.due.months": 3, "daytrip.km": 150,
    ]
}

/// One diagnostic accepted on one item, with the reason the report can list.
public struct Acknowledgement: Hashable, Sendable {
    /// The rule code, e.g. `closed-day`.
    public var code: String
    /// The id of the item it applies to.
    public var item: String
    /// Why it is accepted.
    public var reason: String

    /// Creates an acknowledgement.
    public init(code: String, item: String, reason: String) {
        self.code = code
        self.item = item
        self.reason = reason
    }
}
