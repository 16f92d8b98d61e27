import Foundation
import TripModel

/// Item labels for messages, formatted once per item with the cached zone arithmetic
/// (Foundation's calendars and zone names are slow to build on Linux).
extension CheckContext {
    /// `「柳橋聯合市場」(114 年 9 月 1 日 10:00–11:30 JST)`.
    func zh(_ item: Item) -> String { "「\(item.title)」(\(when(item, .zh)))" }

    /// `"柳橋聯合市場" (2025-09-01 10:00–11:30 JST)`.
    func en(_ item: Item) -> String { "\"\(item.title)\" (\(when(item, .en)))" }

    /// Several items for a zh-Hant message.
    func zh(_ items: [Item]) -> String { items.map(zh).joined(separator: "、") }

    /// Several items for an English message.
    func en(_ items: [Item]) -> String { items.map(en).joined(separator: ", ") }

    /// Local date and times: `114 年 9 月 1 日` (English: `2025-09-01`), with `10:00 JST`, a
    /// range, or a leg's departure and arrival each in its own zone.
    func when(_ item: Item, _ lang: Lang) -> String {
        let key = 2 * item.index + (lang == .zh ? 0 : 1)
        if let cached = whenCache[key] { return cached }
        let text = formatWhen(item, lang)
        whenCache[key] = text
        return text
    }

    private func formatWhen(_ item: Item, _ lang: Lang) -> String {
        let first = text(item.start, lang)
        guard let end = item.end else { return first }
        if item.isLeg { return "\(first) → \(text(end, lang))" }
        if end.date == item.start.date, let si = item.start.instant, let ei = end.instant {
            let (c1, a1) = clockAndAbbreviation(si, item.start.zone), (t, a2) = clockAndAbbreviation(ei, end.zone)
            let day = date(item.start.date, lang)
            return a1 == a2
                ? "\(day) \(c1)–\(t) \(a2)"
                : "\(day) \(c1) \(a1)–\(t) \(a2)"
        }
        if end.date == item.start.date { return first }
        return "\(first) – \(text(end, lang))"
    }

    /// `114 年 9 月 1 日 10:00 JST` (English: `2025-09-01 10:00 JST`), or the date alone.
    func text(_ moment: Moment, _ lang: Lang) -> String {
        guard let instant = moment.instant else { return date(moment.date, lang) }
        let (clock, abbreviation) = clockAndAbbreviation(instant, moment.zone)
        return "\(date(moment.date, lang)) \(clock) \(abbreviation)"
    }

    /// `Text.date`, formatted once per day and language.
    private func date(_ day: LocalDate, _ lang: Lang) -> String {
        let key = 2 * day.dayNumber + (lang == .zh ? 0 : 1)
        if let cached = dateTexts[key] { return cached }
        let text = Text.date(day, lang)
        dateTexts[key] = text
        return text
    }

    /// `10:00` and `JST` for an instant in a zone, from one look-up of the zone's offset.
    private func clockAndAbbreviation(_ instant: Date, _ zone: Zone) -> (String, String) {
        let offset = clock.offset(of: instant, in: zone)
        let m = ZoneClock.minuteOfDay(of: instant, offset: offset)
        return (Text.twoDigits(m / 60) + ":" + Text.twoDigits(m % 60), abbreviation(zone, instant, offset: offset))
    }

    /// The zone's abbreviation at an instant (`JST`, or `UTC+9`), cached by offset.
    func abbreviation(_ zone: Zone, _ instant: Date) -> String {
        abbreviation(zone, instant, offset: clock.offset(of: instant, in: zone))
    }

    private func abbreviation(_ zone: Zone, _ instant: Date, offset: Int) -> String {
        let key = ZoneOffset(zone: zone.identifier, offset: offset)
        if let cached = abbreviations[key] { return cached }
        let text = zone.abbreviation(at: instant)
        abbreviations[key] = text
        return text
    }
}

/// A zone at one of its offsets, for the cache of abbreviations.
struct ZoneOffset: Hashable {
    let zone: String
    let offset: Int
}
