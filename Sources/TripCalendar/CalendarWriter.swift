import Foundation
import TripModel

/// Writes a delegation as an RFC 5545 calendar: events, legs (both ends in their own zones)
/// and stays; date-only items as all-day events; one VTIMEZONE per zone used.
public struct CalendarWriter: Sendable {
    /// The DTSTAMP written on every component (fixed in tests, now otherwise).
    public var stamp: Date
    /// Domain part of the UIDs, so they stay unique across agencies.
    public var uidDomain: String

    /// A writer.
    public init(stamp: Date = Date(), uidDomain: String = "tripwright") {
        self.stamp = stamp
        self.uidDomain = uidDomain
    }

    /// The calendar text (CRLF line ends), optionally only what one member takes part in.
    public func write(_ d: Delegation, member: String? = nil) -> String {
        let labels = CalendarLabels(delegation: d)
        var events: [[String]] = []
        var zones = Set<Zone>()
        func takesPart(_ listed: [String]) -> Bool { member == nil || listed.isEmpty || listed.contains(member ?? "") }

        for e in d.events where takesPart(e.participants) {
            var props = ["UID:\(uid(d, e.id))", "SEQUENCE:\(e.sequence)", "SUMMARY:\(ICalText.escape("\(e.kind.zh)｜\(e.title)"))"]
            props += times(start: e.start, end: e.end, zones: &zones)
            if let place = labels.location(e.placeID) { props.append("LOCATION:\(ICalText.escape(place))") }
            let description = labels.description(of: e)
            if !description.isEmpty { props.append("DESCRIPTION:\(ICalText.escape(description))") }
            props.append("CATEGORIES:\(ICalText.escape(e.kind.zh))")
            events.append(props)
        }
        for l in d.legs where takesPart(l.participants) {
            var props = ["UID:\(uid(d, l.id))", "SEQUENCE:\(l.sequence)", "SUMMARY:\(ICalText.escape(labels.summary(of: l)))"]
            props += times(start: l.departure, end: l.arrival, zones: &zones)
            props.append("LOCATION:\(ICalText.escape(labels.location(l.fromID) ?? l.fromID))")
            props.append("DESCRIPTION:\(ICalText.escape(labels.description(of: l)))")
            props.append("CATEGORIES:\(ICalText.escape(d.kind(of: l).zh))")
            events.append(props)
        }
        for s in d.stays where takesPart(s.participants) {
            var props = [
                "UID:\(uid(d, s.id))", "SEQUENCE:\(s.sequence)",
                "SUMMARY:\(ICalText.escape("住宿｜\(labels.location(s.placeID) ?? s.placeID)"))",
                "DTSTART;VALUE=DATE:\(ICalFormat.date(s.checkIn))", "DTEND;VALUE=DATE:\(ICalFormat.date(s.checkOut))",
                "TRANSP:TRANSPARENT",
            ]
            if let booking = s.booking { props.append("DESCRIPTION:\(ICalText.escape("訂房代號 \(booking)"))") }
            events.append(props)
        }

        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tripwright//Tripwright//ZH-TW", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(ICalText.escape(d.title))", "X-WR-TIMEZONE:\(d.homeZone.identifier)",
        ]
        let span = (from: d.start.adding(days: -7), to: d.end.adding(days: 7))
        for zone in zones.sorted(by: { $0.identifier < $1.identifier }) {
            let from = Moment(date: span.from, zone: zone).startOfDay
            let to = Moment(date: span.to, zone: zone).startOfDay
            lines += VTimeZoneBuilder(zone: zone, from: from, to: to).lines()
        }
        for props in events {
            lines += ["BEGIN:VEVENT", "DTSTAMP:\(ICalFormat.utc(stamp))"] + props + ["END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalText.fold).joined()
    }

    private func uid(_ d: Delegation, _ item: String) -> String { "\(item).\(d.id)@\(uidDomain)" }

    /// DTSTART/DTEND: with TZID when timed (each end in its own zone), VALUE=DATE otherwise.
    private func times(start: Moment, end: Moment?, zones: inout Set<Zone>) -> [String] {
        if let s = start.instant {
            zones.insert(start.zone)
            var out = ["DTSTART;TZID=\(start.zone.identifier):\(ICalFormat.localDateTime(s, offset: start.zone.offset(at: s)))"]
            if let end, let e = end.instant {
                zones.insert(end.zone)
                out.append("DTEND;TZID=\(end.zone.identifier):\(ICalFormat.localDateTime(e, offset: end.zone.offset(at: e)))")
            }
            return out
        }
        // All day: DTEND is the day after the last day.
        let last = max(end?.date ?? start.date, start.date)
        return ["DTSTART;VALUE=DATE:\(ICalFormat.date(start.date))", "DTEND;VALUE=DATE:\(ICalFormat.date(last.adding(days: 1)))"]
    }
}
