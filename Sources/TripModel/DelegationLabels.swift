import Foundation

/// How people read a delegation's days, places and times, for the command line and the web
/// alike: ROC dates with Chinese weekdays, local time of the place, and the zone's abbreviation
/// where its offset differs from home.
public struct DelegationLabels: Sendable {
    /// The delegation whose places and members are named.
    public let delegation: Delegation
    /// The language of the labels.
    public let lang: Lang

    /// Labels for a delegation in a language.
    public init(delegation: Delegation, lang: Lang) {
        self.delegation = delegation
        self.lang = lang
    }

    /// `114 年 8 月 31 日（星期日）` / `Sunday 2025-08-31`.
    public func day(_ date: LocalDate) -> String {
        LocalizedText(
            zh: "\(ROCDate.long(date))（\(ROCDate.weekday(date))）",
            en: "\(ROCDate.englishWeekday(date)) \(date.iso)"
        ).text(lang)
    }

    /// A place's name, with its airport code: `福岡（FUK）`, `Fukuoka (FUK)` (each language's parentheses).
    public func place(_ id: String?) -> String {
        guard let p = delegation.place(id) else { return id ?? "" }
        let name = LocalizedText(zh: p.name, en: p.englishName ?? p.name).text(lang)
        if let code = p.airportCode, !name.contains(code) { return LocalizedText(zh: "\(name)（\(code)）", en: "\(name) (\(code))").text(lang) }
        return name
    }

    /// `09:30`, with the zone's abbreviation when it is not the home zone's offset: `09:30 JST`;
    /// the part of the day (`下午`, `afternoon`) for an item known only by it.
    public func time(_ m: Moment?) -> String? {
        time(m, zoneAlways: false)
    }

    /// `09:30`, with the zone's abbreviation when it is not the home zone's offset, or always
    /// when `zoneAlways` (the two ends of a range on either side of a clock change).
    func time(_ m: Moment?, zoneAlways: Bool) -> String? {
        guard let m else { return nil }
        guard let t = m.localTime, let instant = m.instant else { return m.part?.name(lang) }
        let home = delegation.homeZone
        if !zoneAlways, m.zone.offset(at: instant) == home.offset(at: instant) { return t.description }
        return "\(t) \(m.zone.abbreviation(at: instant))"
    }

    /// An event's time range, each end in its own zone: `10:00–11:30 JST`, or
    /// `01:30 EDT–02:30 EST` across a clock change; a later end date is added, with its year
    /// when the year changes. A date-only item over several days gives a date range (`3/11–3/13`,
    /// `114/12/30–115/1/2`); a date-only item of one day gives nil.
    public func span(_ e: Event) -> String? {
        guard let clock = e.start.localTime, let startInstant = e.start.instant else {
            // A date-only item of one day: its part of the day (下午), if the plan gave one.
            guard let end = e.end, end.date != e.date else { return e.start.part?.name(lang) }
            return dates(e.date, end.date)
        }
        guard let end = e.end, let endClock = end.localTime, let endInstant = end.instant else { return time(e.start) }
        // Both ends carry a zone when their offsets differ (a DST change, or another zone).
        let changes = e.start.zone.offset(at: startInstant) != end.zone.offset(at: endInstant)
        let from = time(e.start, zoneAlways: changes) ?? clock.description
        let to = time(end, zoneAlways: changes) ?? endClock.description
        let fromZone = from.dropFirst(clock.description.count)
        let toZone = to.dropFirst(endClock.description.count)
        var endDay = ""
        if end.date != e.start.date {
            let day = end.date.year == e.start.date.year ? "\(end.date.month)/\(end.date.day)" : dayWithYear(end.date)
            endDay = LocalizedText(zh: "（\(day)）", en: " (\(day))").text(lang)
        }
        if fromZone == toZone { return "\(clock)–\(endClock)\(endDay)\(toZone)" }
        return "\(from)–\(endClock)\(endDay)\(toZone)"
    }

    /// `3/11–3/13`; `114/12/30–115/1/2` (English `2025-12-30–2026-01-02`) when the year changes.
    public func dates(_ first: LocalDate, _ last: LocalDate) -> String {
        if first.year == last.year { return "\(first.month)/\(first.day)–\(last.month)/\(last.day)" }
        return "\(dayWithYear(first))–\(dayWithYear(last))"
    }

    /// `115/1/2` (ROC year) in zh-Hant, `2026-01-02` in English.
    private func dayWithYear(_ date: LocalDate) -> String {
        LocalizedText(zh: "\(ROCDate.year(of: date))/\(date.month)/\(date.day)", en: date.iso).text(lang)
    }

    /// The contact lines of an event: remark, phone, the host's liaison (`聯絡人：金敏智主任 +82-10-…`).
    public func contacts(_ e: Event) -> [String] {
        var lines: [LocalizedText] = []
        if let r = e.remark {
            let text = r.replacingOccurrences(of: "\n", with: " ")
            lines.append(LocalizedText(zh: "備註：" + text, en: "Remark: " + text))
        }
        if let p = e.phone { lines.append(LocalizedText(zh: "電話：" + p, en: "Phone: " + p)) }
        if let c = e.liaison {
            let reach = [c.phone, c.email].compactMap { $0 }.map { " " + $0 }.joined()
            lines.append(
                LocalizedText(
                    zh: "聯絡人：" + c.name + (c.title ?? "") + reach,
                    en: "Liaison: " + c.name + (c.title.map { " (\($0))" } ?? "") + reach
                )
            )
        }
        return lines.map { $0.text(lang) }
    }

    /// Members' names for a participant list, or nil when it is everyone.
    public func who(_ ids: [String]) -> String? {
        guard !ids.isEmpty, ids.count < delegation.members.count else { return nil }
        let names = ids.map { delegation.member($0)?.name ?? $0 }
        return LocalizedText(zh: names.joined(separator: "、"), en: names.joined(separator: ", ")).text(lang)
    }

    /// A leg's arrival time, with `（+1）` (`(+1)` in English) when it lands on a later local date.
    public func arrival(_ l: Leg) -> String? {
        guard let a = l.arrival else { return nil }
        var text = time(a) ?? ""
        if a.date != l.departure.date {
            let days = l.departure.date.days(until: a.date)
            let shift = days > 0 ? "+\(days)" : "\(days)"
            text += LocalizedText(zh: "（\(shift)）", en: " (\(shift))").text(lang)
        }
        return text
    }
}
