import Foundation
import TripModel

/// Cached zone arithmetic for one check run: Foundation's calendars are slow to build, and the
/// rules ask for the start of the same few local days thousands of times.
final class ZoneClock {
    private struct DayKey: Hashable {
        let zone: String
        let day: Int
    }

    private var zones: [String: TimeZone] = [:]
    private var starts: [DayKey: Date] = [:]

    /// The instant a local day begins in a zone.
    func startOfDay(_ date: LocalDate, in zone: Zone) -> Date {
        let key = DayKey(zone: zone.identifier, day: date.dayNumber)
        if let cached = starts[key] { return cached }
        let tz = timeZone(zone)
        // Local midnight as if UTC, then shifted by the offset in force at that moment; a second
        // pass settles days whose midnight falls next to an offset change.
        let naive = Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400)
        var instant = naive.addingTimeInterval(-Double(tz.secondsFromGMT(for: naive)))
        instant = naive.addingTimeInterval(-Double(tz.secondsFromGMT(for: instant)))
        starts[key] = instant
        return instant
    }

    /// The instant a local day ends (the next day begins).
    func endOfDay(_ date: LocalDate, in zone: Zone) -> Date {
        startOfDay(date.adding(days: 1), in: zone)
    }

    /// The local date of an instant in a zone.
    func localDate(of instant: Date, in zone: Zone) -> LocalDate {
        let offset = timeZone(zone).secondsFromGMT(for: instant)
        let seconds = instant.timeIntervalSince1970 + Double(offset)
        return LocalDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    /// Minutes after local midnight of an instant in a zone.
    func minuteOfDay(of instant: Date, in zone: Zone) -> Int {
        let offset = timeZone(zone).secondsFromGMT(for: instant)
        let seconds = Int((instant.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let inDay = ((seconds % 86_400) + 86_400) % 86_400
        return inDay / 60
    }

    /// Seconds east of UTC in a zone at an instant.
    func offset(of instant: Date, in zone: Zone) -> Int {
        timeZone(zone).secondsFromGMT(for: instant)
    }

    private func timeZone(_ zone: Zone) -> TimeZone {
        if let tz = zones[zone.identifier] { return tz }
        let tz = zone.timeZone
        zones[zone.identifier] = tz
        return tz
    }
}
