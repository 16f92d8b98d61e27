import Foundation

/// A wall-clock time of day (hours and minutes), meaningful only together with a zone.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Hour 0–23.
    public let hour: Int
    /// Minute 0–59.
    public let minute: Int

    /// Creates a time, or nil when out of range.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (also `H:MM`); nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(hour: h, minute: m)
    }

    /// `HH:MM`.
    public var description: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }

    /// Minutes since midnight.
    public var minutesOfDay: Int { hour * 60 + minute }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.minutesOfDay < b.minutesOfDay }
}
