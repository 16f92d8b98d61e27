import Foundation
import TripModel

/// Item labels for messages, formatted once per item with the cached zone arithmetic
/// (Foundation's calendars and zone names are slow to build on Linux).
extension CheckContext {
    /// `「柳橋聯合市場」（114 年 9 月 1 日 10:00–11:30 JST）`.
    func zh(_ item: Item) -> String { "「\(item.title)」（\(when(item).zh)）" }

    /// `"柳橋聯合市場" (2025-09-01 10:00–11:30 JST)`.
    func en(_ item: Item) -> String { "\"\(item.title)\" (\(when(item).en))" }

    /// Several items for a zh-Hant message.
    func zh(_ items: [Item]) -> String { items.map(zh).joined(separator: "、") }

    /// Several items for an English message.
    func en(_ items: [Item]) -> String { items.map(en).joined(separator: ", ") }

    /// Local date and times: `114 年 9 月 1 日` (English: `2025-09-01`), with `10:00 JST`, a
    /// range, or a leg's departure and arrival each in its own zone; both languages at once,
    /// since they differ only in the date and every message is written in both.
    func when(_ item: Item) -> LocalizedText {
        if let cached = whenCache[item.index] { return cached }
        let text = formatWhen(item)
        whenCache[item.index] = text
        return text
    }

    private func formatWhen(_ item: Item) -> LocalizedText {
        let first = text(item.start)
        guard let end = item.end else { return first }
        if item.isLeg { return Self.joined(first, " → ", text(end)) }
        if end.date == item.start.date, let si = item.start.instant, let ei = end.instant {
            let (c1, a1) = clockAndAbbreviation(si, item.start.zone)
            let (t, a2) = clockAndAbbreviation(ei, end.zone)
            let clock = a1 == a2 ? " \(c1)–\(t) \(a2)" : " \(c1) \(a1)–\(t) \(a2)"
            return Self.joined(date(item.start.date), clock, nil)
        }
        if end.date == item.start.date { return first }
        return Self.joined(first, " – ", text(end))
    }

    /// `114 年 9 月 1 日 10:00 JST` (English: `2025-09-01 10:00 JST`), or the date alone.
    func text(_ moment: Moment) -> LocalizedText {
        let day = date(moment.date)
        guard let instant = moment.instant else { return day }
        let (clock, abbreviation) = clockAndAbbreviation(instant, moment.zone)
        return Self.joined(day, " \(clock) \(abbreviation)", nil)
    }

    /// `a` + `middle` + `b`, in each language.
    private static func joined(_ a: LocalizedText, _ middle: String, _ b: LocalizedText?) -> LocalizedText {
        LocalizedText(zh: a.zh + middle + (b?.zh ?? ""), en: a.en + middle + (b?.en ?? ""))
    }

    /// `Text.date`, formatted once per day (items share their days).
    private func date(_ day: LocalDate) -> LocalizedText {
        if let cached = dateTexts[day.dayNumber] { return cached }
        let text = Text.date(day)
        dateTexts[day.dayNumber] = text
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
