import Foundation
import TripModel

/// How pages word days, places and times: local time of the place, with the zone's abbreviation
/// where its offset differs from home (as the CLI's schedule does).
struct WebLabels {
    let delegation: Delegation
    let lang: Lang

    var zh: Bool { lang == .zh }

    func day(_ date: LocalDate) -> String {
        zh ? "\(ROCDate.long(date))（\(ROCDate.weekday(date))）" : "\(ROCDate.englishWeekday(date)) \(date.iso)"
    }

    func place(_ id: String?) -> String {
        guard let p = delegation.place(id) else { return id ?? "" }
        let name = zh ? p.name : (p.englishName ?? p.name)
        if let code = p.airportCode, !name.contains(code) { return "\(name) (\(code))" }
        return name
    }

    func time(_ m: Moment?) -> String? {
        guard let m, let t = m.localTime, let instant = m.instant else { return nil }
        let home = delegation.homeZone
        if m.zone.offset(at: instant) == home.offset(at: instant) { return t.description }
        return "\(t) \(m.zone.abbreviation(at: instant))"
    }

    func span(_ e: Event) -> String? {
        guard let start = time(e.start) else {
            guard let end = e.end, end.date != e.date else { return nil }
            return "\(e.date.month)/\(e.date.day)–\(end.date.month)/\(end.date.day)"
        }
        guard let end = e.end, let endTime = end.localTime else { return start }
        let clock = e.start.localTime?.description ?? ""
        let suffix = start.dropFirst(clock.count)
        let endDay = end.date != e.start.date ? " (\(end.date.month)/\(end.date.day))" : ""
        return "\(clock)–\(endTime)\(endDay)\(suffix)"
    }

    func who(_ ids: [String]) -> String? {
        guard !ids.isEmpty, ids.count < delegation.members.count else { return nil }
        return ids.map { delegation.member($0)?.name ?? $0 }.joined(separator: zh ? "、" : ", ")
    }

    /// A date and time in a zone: `2025-09-01 10:20 JST`.
    func instant(_ date: Date, zone: Zone) -> String {
        let m = Moment(instant: date, zone: zone)
        return "\(m.date.iso) \(time(m) ?? m.localTime?.description ?? "")"
    }

    /// The values of a leg for templates: service, both ends with local times, remark.
    func leg(_ l: Leg) -> [String: Any] {
        let service = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
        var arrive = time(l.arrival) ?? ""
        if let a = l.arrival, a.date != l.departure.date {
            let days = l.departure.date.days(until: a.date)
            arrive += days > 0 ? " (+\(days))" : " (\(days))"
        }
        return ["service": service.isEmpty ? l.mode.name(lang) : service, "mode": l.mode.name(lang),
                "from": place(l.fromID), "departs": time(l.departure) ?? "", "to": place(l.toID),
                "arrives": arrive, "remark": l.remark ?? "", "booking": l.booking ?? ""]
    }
}
