import Foundation
import TripModel

/// How pages word days, places and times: the labels the CLI uses too (local time of the place,
/// with the zone's abbreviation where its offset differs from home), plus template values.
extension DelegationLabels {
    /// A date and time in a zone: `2025-09-01 10:20 JST`.
    func instant(_ date: Date, zone: Zone) -> String {
        let m = Moment(instant: date, zone: zone)
        return "\(m.date.iso) \(time(m) ?? m.localTime?.description ?? "")"
    }

    /// The values of a leg for templates: service, both ends with local times, remark.
    func leg(_ l: Leg) -> [String: Any] {
        let service = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
        return ["service": service.isEmpty ? l.mode.name(lang) : service, "mode": l.mode.name(lang),
                "from": place(l.fromID), "departs": time(l.departure) ?? "", "to": place(l.toID),
                "arrives": arrival(l)?.trimmingCharacters(in: .whitespaces) ?? "", "remark": l.remark ?? "", "booking": l.booking ?? ""]
    }
}
