import Foundation
import Testing
import TripModel

/// `Moment.localDate(of:in:)` and `localTime` (from the zone's offset) give what Foundation's
/// `Calendar` gives, in every kind of zone and across daylight-saving changes.
@Suite struct LocalDateOfInstantTests {
    static let zones = [
        "Asia/Taipei", "Asia/Tokyo", "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Australia/Adelaide",
        "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "UTC",
    ]

    static func calendarReading(_ instant: Date, _ zone: Zone) -> (LocalDate?, LocalTime?) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone.timeZone
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        return (LocalDate(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0), LocalTime(hour: c.hour ?? -1, minute: c.minute ?? -1))
    }

    @Test(arguments: zones)
    func everyHalfHourOfTwoYearsReadsAsTheCalendarReadsIt(_ identifier: String) throws {
        let zone = try #require(Zone(identifier))
        // 2025-01-01 to 2026-12-31 UTC, every 30 minutes and 17 seconds (so minutes and the
        // seconds before midnight are all met), plus instants before 1970.
        var instants = stride(from: 1_735_689_600.0, to: 1_798_761_600.0, by: 1_817).map { Date(timeIntervalSince1970: $0) }
        instants += [-1, -86_400, -86_401, -1_000_000_000.5, 0, 86_399.999].map { Date(timeIntervalSince1970: $0) }
        for instant in instants {
            let (date, time) = Self.calendarReading(instant, zone)
            let moment = Moment(instant: instant, zone: zone)
            #expect(moment.date == date, "\(identifier) \(instant.timeIntervalSince1970)")
            #expect(moment.localTime == time, "\(identifier) \(instant.timeIntervalSince1970)")
        }
    }

    @Test func anInstantBeyondWholeSecondsIsReadWithoutTrapping() {
        for seconds in [1e300, -1e300, Double.greatestFiniteMagnitude] {
            _ = Moment.localDate(of: Date(timeIntervalSince1970: seconds), in: .taipei)
            _ = Moment(instant: Date(timeIntervalSince1970: seconds), zone: .taipei).localTime
        }
    }
}
