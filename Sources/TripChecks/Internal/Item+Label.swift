import Foundation
import TripModel

/// How messages name an item: its title and local time with the zone's abbreviation.
extension Item {
    /// `「柳橋聯合市場」(2025-09-01 10:00–11:30 JST)`.
    var labelZH: String { "「\(title)」(\(when))" }

    /// `"柳橋聯合市場" (2025-09-01 10:00–11:30 JST)`.
    var labelEN: String { "\"\(title)\" (\(when))" }

    /// Local date and times: `2025-09-01`, `2025-09-01 10:00 JST`, a range, or a leg's
    /// departure and arrival each in its own zone.
    var when: String {
        let first = Item.text(start)
        guard let end else { return first }
        if isLeg { return "\(first) → \(Item.text(end))" }
        if end.date == start.date, let si = start.instant, let ei = end.instant, let t = end.localTime {
            let a1 = start.zone.abbreviation(at: si), a2 = end.zone.abbreviation(at: ei)
            return a1 == a2 ? "\(start.localText)–\(t) \(a2)" : "\(start.localText) \(a1)–\(t) \(a2)"
        }
        if end.date == start.date { return first }
        return "\(first) – \(Item.text(end))"
    }

    /// `2025-09-01` or `2025-09-01 10:00 JST`.
    static func text(_ moment: Moment) -> String {
        guard let instant = moment.instant else { return moment.date.iso }
        return "\(moment.localText) \(moment.zone.abbreviation(at: instant))"
    }

    /// A local time of day and zone for a bare instant at a place, e.g. `10:00 JST`.
    static func clock(_ instant: Date, zone: Zone) -> String {
        let m = Moment(instant: instant, zone: zone)
        return "\(m.localText) \(zone.abbreviation(at: instant))"
    }
}

/// Both labels of several items joined for a message.
extension Array where Element == Item {
    var labelsZH: String { map(\.labelZH).joined(separator: "、") }
    var labelsEN: String { map(\.labelEN).joined(separator: ", ") }
}
