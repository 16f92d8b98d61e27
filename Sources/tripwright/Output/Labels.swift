import Foundation
import TripModel

/// How the CLI writes places, times and days for people.
struct Labels {
    let delegation: Delegation
    let lang: Lang

    var zh: Bool { lang == .zh }

    /// `114 年 8 月 31 日（星期日）` / `Sunday 2025-08-31`.
    func day(_ date: LocalDate) -> String {
        zh ? "\(ROCDate.long(date))（\(ROCDate.weekday(date))）" : "\(ROCDate.englishWeekday(date)) \(date.iso)"
    }

    /// A place's name, with its airport code: `福岡 (FUK)`.
    func place(_ id: String?) -> String {
        guard let p = delegation.place(id) else { return id ?? "" }
        let name = zh ? p.name : (p.englishName ?? p.name)
        if let code = p.airportCode, !name.contains(code) { return "\(name) (\(code))" }
        return name
    }

    /// `09:30`, with the zone's abbreviation when it is not the home zone's offset: `09:30 JST`.
    func time(_ m: Moment?) -> String? {
        guard let m, let t = m.localTime, let instant = m.instant else { return nil }
        let home = delegation.homeZone
        if m.zone.offset(at: instant) == home.offset(at: instant) { return t.description }
        return "\(t) \(m.zone.abbreviation(at: instant))"
    }

    /// The time range of an event: `10:00–11:30 JST`, or nil when date-only.
    func span(_ e: Event) -> String? {
        guard let start = time(e.start) else {
            // A date-only item over several days: `3/11–3/13`.
            guard let end = e.end, end.date != e.date else { return nil }
            return "\(e.date.month)/\(e.date.day)–\(end.date.month)/\(end.date.day)"
        }
        guard let end = e.end, let endTime = end.localTime else { return start }
        let startClock = e.start.localTime?.description ?? ""
        let suffix = start.dropFirst(startClock.count)
        let endDay = end.date != e.start.date ? (zh ? "（\(end.date.month)/\(end.date.day)）" : " (\(end.date.iso))") : ""
        return "\(startClock)–\(endTime)\(endDay)\(suffix)"
    }

    /// `JX840 星宇航空 桃園 (TPE) 09:30 → 福岡 (FUK) 13:05 JST`.
    func leg(_ l: Leg) -> String {
        var parts: [String] = []
        let service = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
        parts.append(service.isEmpty ? l.mode.name(lang) : service)
        let from = [place(l.fromID), time(l.departure)].compactMap { $0 }.joined(separator: " ")
        var to = [place(l.toID), time(l.arrival)].compactMap { $0 }.joined(separator: " ")
        if let a = l.arrival, a.date != l.departure.date {
            let days = l.departure.date.days(until: a.date)
            to += days > 0 ? " (+\(days))" : " (\(days))"
        }
        parts.append("\(from) → \(to)")
        if let remark = l.remark { parts.append(remark) }
        return parts.joined(separator: "  ")
    }

    /// Members' names for a participant list (empty: everyone).
    func who(_ ids: [String]) -> String? {
        guard !ids.isEmpty, ids.count < delegation.members.count else { return nil }
        return ids.map { delegation.member($0)?.name ?? $0 }.joined(separator: zh ? "、" : ", ")
    }
}
