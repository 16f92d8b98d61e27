/// Every threshold of the checks a plan may set under `checks: settings:`, each with its unit,
/// default and range. The plan reader refuses a value outside the range; a value stored by an
/// older version is clamped into it when read (`clamped(_:)`), so no rule ever divides by zero
/// or turns an infinite number into an integer.
public enum Threshold: String, CaseIterable, Sendable, Codable {
    /// Minutes before a flight leaves.
    case bufferFlightBefore = "buffer.flight.before"
    /// Minutes after a flight lands.
    case bufferFlightAfter = "buffer.flight.after"
    /// Minutes before a train leaves.
    case bufferRailBefore = "buffer.rail.before"
    /// Minutes after a train arrives.
    case bufferRailAfter = "buffer.rail.after"
    /// Minutes before a bus leaves.
    case bufferBusBefore = "buffer.bus.before"
    /// Minutes after a bus arrives.
    case bufferBusAfter = "buffer.bus.after"
    /// Minutes before a ship leaves.
    case bufferShipBefore = "buffer.ship.before"
    /// Minutes after a ship arrives.
    case bufferShipAfter = "buffer.ship.after"
    /// Minutes before a car or walk leg.
    case bufferOtherBefore = "buffer.other.before"
    /// Minutes after a car or walk leg.
    case bufferOtherAfter = "buffer.other.after"
    /// Road over straight-line distance in a city.
    case detourCity = "detour.city"
    /// Road over straight-line distance between cities.
    case detourCountry = "detour.country"
    /// Walking speed.
    case speedWalk = "speed.walk"
    /// Car speed in a city.
    case speedCar = "speed.car"
    /// Bus speed between cities.
    case speedBus = "speed.bus"
    /// Train speed.
    case speedRail = "speed.rail"
    /// Ship speed.
    case speedShip = "speed.ship"
    /// Flight speed.
    case speedFlight = "speed.flight"
    /// Most hours of ground travel in a day.
    case groundMaxHours = "ground.max.hours"
    /// Fewest CJK characters in a summary.
    case summaryMin = "summary.min"
    /// Most CJK characters in a summary.
    case summaryMax = "summary.max"
    /// Days before the report's due date when its note becomes a warning.
    case reportWarnDays = "report.warn.days"
    /// Minutes for getting out and in on a ground trip.
    case travelBuffer = "travel.buffer"
    /// Longest distance taken on foot.
    case walkMaxKm = "walk.max.km"
    /// Distance within which two places count as one city.
    case cityKm = "city.km"
    /// Longest move between legs without one.
    case continuityKm = "continuity.km"
    /// Longest day trip to or from a visit without a leg.
    case daytripKm = "daytrip.km"
    /// First hour of a working day.
    case dayStart = "day.start"
    /// Last hour of a working day.
    case dayEnd = "day.end"
    /// Minutes a date-only event takes.
    case datedMinutes = "dated.minutes"
    /// Months after return when the report is due.
    case reportDueMonths = "report.due.months"

    /// The value used when the plan sets none.
    public var defaultValue: Double { Threshold.table[self]?.value ?? 0 }

    /// The values a plan may set.
    public var range: ClosedRange<Double> { Threshold.table[self]?.range ?? 0...0 }

    /// What the number counts.
    public var unit: ThresholdUnit { Threshold.table[self]?.unit ?? .minutes }

    /// True when only whole numbers make sense (days, months, characters, hours of the day).
    public var isWholeNumber: Bool {
        switch unit {
        case .days, .months, .characters, .hourOfDay: true
        default: false
        }
    }

    /// The setting a plan names, or nil.
    public static func named(_ name: String) -> Threshold? { Threshold(rawValue: name) }

    /// The value the checks use for a stored number: the default for one that is not a number,
    /// else the nearest value in range (rounded when only whole numbers make sense).
    public func clamped(_ value: Double) -> Double {
        guard value.isFinite else { return defaultValue }
        let whole = isWholeNumber ? value.rounded() : value
        return min(max(whole, range.lowerBound), range.upperBound)
    }

    /// Why a value cannot be set, or nil when it can.
    public func problem(with value: Double) -> ThresholdProblem? {
        guard value.isFinite else { return .notFinite }
        if value < range.lowerBound || value > range.upperBound { return .outOfRange(nearest: clamped(value)) }
        if isWholeNumber && value != value.rounded() { return .notWhole(nearest: clamped(value)) }
        return nil
    }

    /// Defaults are KDE Itinerary's buffers and the speeds and factors of docs/checks.md; ranges
    /// run from the smallest value that still means something (a speed of 0 would make every
    /// trip endless) to a generous upper bound.
    private static let table: [Threshold: (value: Double, range: ClosedRange<Double>, unit: ThresholdUnit)] = [
        .bufferFlightBefore: (90, 0...600, .minutes), .bufferFlightAfter: (30, 0...600, .minutes),
        .bufferRailBefore: (20, 0...600, .minutes), .bufferRailAfter: (10, 0...600, .minutes),
        .bufferBusBefore: (15, 0...600, .minutes), .bufferBusAfter: (10, 0...600, .minutes),
        .bufferShipBefore: (60, 0...600, .minutes), .bufferShipAfter: (30, 0...600, .minutes),
        .bufferOtherBefore: (30, 0...600, .minutes), .bufferOtherAfter: (15, 0...600, .minutes),
        .detourCity: (1.3, 1...5, .factor), .detourCountry: (1.7, 1...5, .factor),
        .speedWalk: (4.5, 1...10, .kilometresPerHour), .speedCar: (40, 5...150, .kilometresPerHour),
        .speedBus: (50, 5...150, .kilometresPerHour), .speedRail: (120, 10...400, .kilometresPerHour),
        .speedShip: (30, 5...100, .kilometresPerHour), .speedFlight: (700, 100...1100, .kilometresPerHour),
        .groundMaxHours: (8, 1...24, .hours),
        .summaryMin: (200, 0...5000, .characters), .summaryMax: (300, 1...5000, .characters),
        .reportWarnDays: (14, 0...90, .days), .reportDueMonths: (3, 1...12, .months),
        .travelBuffer: (10, 0...240, .minutes), .walkMaxKm: (1, 0...10, .kilometres), .cityKm: (30, 1...200, .kilometres),
        .continuityKm: (60, 1...2000, .kilometres), .daytripKm: (150, 1...2000, .kilometres),
        .dayStart: (8, 0...23, .hourOfDay), .dayEnd: (22, 1...24, .hourOfDay), .datedMinutes: (60, 1...600, .minutes),
    ]
}
