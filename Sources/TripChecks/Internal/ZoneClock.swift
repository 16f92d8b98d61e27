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
    private var offsets: [ZoneInstant: Int] = [:]

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
        let seconds = instant.timeIntervalSince1970 + Double(offset(of: instant, in: zone))
        return LocalDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    /// Minutes after local midnight of an instant in a zone.
    func minuteOfDay(of instant: Date, in zone: Zone) -> Int {
        ZoneClock.minuteOfDay(of: instant, offset: offset(of: instant, in: zone))
    }

    /// Minutes after local midnight of an instant where the zone is `offset` seconds east of UTC.
    static func minuteOfDay(of instant: Date, offset: Int) -> Int {
        let seconds = Int((instant.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let inDay = ((seconds % 86_400) + 86_400) % 86_400
        return inDay / 60
    }

    /// Seconds east of UTC in a zone at an instant, asked of Foundation once per zone and instant
    /// (messages name the same items' times in two languages).
    func offset(of instant: Date, in zone: Zone) -> Int {
        let key = ZoneInstant(zone: zone.identifier, instant: instant.timeIntervalSince1970)
        if let known = offsets[key] { return known }
        let offset = timeZone(zone).secondsFromGMT(for: instant)
        offsets[key] = offset
        return offset
    }

    private struct ZoneInstant: Hashable {
        let zone: String
        let instant: Double
    }

    private func timeZone(_ zone: Zone) -> TimeZone {
        if let tz = zones[zone.identifier] { return tz }
        let tz = zone.timeZone
        zones[zone.identifier] = tz
        return tz
    }
}
