import Foundation
import TripModel

/// Builds a VTIMEZONE for a zone from the system's zone database, covering a span of time with
/// one observance per offset change (no RRULE, so past and future rule changes stay right).
struct VTimeZoneBuilder {
    let zone: Zone
    let from: Date
    let to: Date

    func lines() -> [String] {
        let tz = zone.timeZone
        var out = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        var transitions: [Date] = []
        var cursor = from
        while let next = tz.nextDaylightSavingTimeTransition(after: cursor), next < to, transitions.count < 64 {
            transitions.append(next)
            cursor = next
        }
        // The offset in force at the start of the span, as an observance from the last change
        // before it (or from 1970 for a zone without changes).
        let startOffset = tz.secondsFromGMT(for: from)
        var onset = Date(timeIntervalSince1970: 0)
        var probe = from.addingTimeInterval(-400 * 86_400)
        while let t = tz.nextDaylightSavingTimeTransition(after: probe), t <= from {
            onset = t
            probe = t
        }
        let before = onset.timeIntervalSince1970 == 0 ? startOffset : tz.secondsFromGMT(for: onset.addingTimeInterval(-1))
        out += observance(
            isDaylight: tz.isDaylightSavingTime(for: from),
            onset: onset,
            offsetFrom: before,
            offsetTo: startOffset,
            name: tz.abbreviation(for: from)
        )
        var previous = startOffset
        for t in transitions {
            let offset = tz.secondsFromGMT(for: t)
            out += observance(
                isDaylight: tz.isDaylightSavingTime(for: t),
                onset: t,
                offsetFrom: previous,
                offsetTo: offset,
                name: tz.abbreviation(for: t)
            )
            previous = offset
        }
        out.append("END:VTIMEZONE")
        return out
    }

    private func observance(isDaylight: Bool, onset: Date, offsetFrom: Int, offsetTo: Int, name: String?) -> [String] {
        let kind = isDaylight ? "DAYLIGHT" : "STANDARD"
        var lines = [
            "BEGIN:\(kind)",
            // DTSTART of an observance is local time in the offset before the change.
            "DTSTART:\(ICalFormat.localDateTime(onset, offset: offsetFrom))",
            "TZOFFSETFROM:\(ICalFormat.offset(offsetFrom))",
            "TZOFFSETTO:\(ICalFormat.offset(offsetTo))",
        ]
        if let name, !name.hasPrefix("GMT") { lines.append("TZNAME:\(name)") }
        lines.append("END:\(kind)")
        return lines
    }
}

/// Date and offset forms of RFC 5545.
enum ICalFormat {
    /// `20250901T100000` in a fixed offset.
    static func localDateTime(_ date: Date, offset: Int) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: offset) ?? .gmt
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// `20250901T010000Z`.
    static func utc(_ date: Date) -> String { localDateTime(date, offset: 0) + "Z" }

    /// `20250901`.
    static func date(_ d: LocalDate) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// `+0900`, `-0400`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let a = abs(seconds)
        return String(format: "%@%02d%02d", sign, a / 3600, (a % 3600) / 60)
    }
}
