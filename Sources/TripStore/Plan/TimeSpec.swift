import Foundation
import TripModel

/// A time as written in a plan: `HH:MM`, `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM`, a clock time
/// optionally followed by its offset from UTC (`01:30 -04:00`, `2026-11-01T01:30-04:00`),
/// which tells apart the two 01:30s of a fall-back night; or a part of the day in place of the
/// clock time (`下午`, `2026-03-11 深夜`).
struct TimeSpec: Equatable {
    /// The date written, if any.
    var date: LocalDate?
    /// The clock time written, if any.
    var time: LocalTime?
    /// The part of the day written instead of a clock time, if any.
    var part: DayPart?
    /// Seconds east of UTC, when written.
    var offset: Int?

    /// True for a part of the day (with or without a date).
    var isPart: Bool { part != nil }

    /// True for a date alone.
    var isDateOnly: Bool { date != nil && time == nil && part == nil }

    /// Parses the forms above (a `T` may stand for the space; seconds are ignored).
    init?(_ raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.count >= 10, let d = LocalDate(iso: String(text.prefix(10))) {
            date = d
            text = String(text.dropFirst(10))
            guard text.isEmpty || text.hasPrefix(" ") || text.hasPrefix("T") else { return nil }
            text = String(text.drop { $0 == " " || $0 == "T" })
            if text.isEmpty { return }
        }
        if let p = DayPart.parse(text) {
            part = p
            return
        }
        // What follows the clock is the offset: `Z`, `+09:00`, `-0400`, with or without a space.
        var clock = text
        var zone = ""
        if clock.hasSuffix("Z") {
            clock.removeLast()
            zone = "+00:00"
        } else if let sign = clock.dropFirst().firstIndex(where: { $0 == "+" || $0 == "-" }) {
            zone = String(clock[sign...])
            clock = String(clock[..<sign])
        }
        clock = clock.trimmingCharacters(in: .whitespaces)
        if clock.count == 8, clock.filter({ $0 == ":" }).count == 2 { clock = String(clock.prefix(5)) }
        guard let t = LocalTime(text: clock) else { return nil }
        time = t
        if !zone.isEmpty {
            guard let seconds = TimeSpec.offsetSeconds(zone) else { return nil }
            offset = seconds
        }
    }

    /// `+09:00`, `-0400`, `+9` → seconds east of UTC.
    static func offsetSeconds(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().replacingOccurrences(of: ":", with: "")
        guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
        let (h, m) = digits.count <= 2 ? (n, 0) : (n / 100, n % 100)
        guard h <= 14, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }

    /// `-04:00`: an offset as a plan writes it.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let h = abs(seconds) / 3600
        let m = (abs(seconds) % 3600) / 60
        return sign + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// What a time written at a place comes to.
    enum Resolution {
        /// A moment.
        case moment(Moment)
        /// A clock time alone, with no date to put it on.
        case needsDate
        /// A time that names no single instant there.
        case problem(PlanTimeProblem)
    }

    /// The moment in a zone, taking the date from `defaultDate` when only a time is written.
    func resolve(written: String, defaultDate: LocalDate?, zone: Zone) -> Resolution {
        guard let day = date ?? defaultDate else { return .needsDate }
        if let part { return .moment(Moment(date: day, part: part, zone: zone)) }
        guard let time else { return .moment(Moment(date: day, zone: zone)) }
        switch zone.reading(of: day, time) {
        case let .unique(instant):
            if let offset, offset != zone.offset(at: instant) {
                return .problem(.wrongOffset(written: written, zone: zone, offsets: [TimeSpec.offsetText(zone.offset(at: instant))]))
            }
            return .moment(Moment(instant: instant, zone: zone))
        case let .ambiguous(earlier, later):
            let choices = [earlier, later]
            if let offset {
                guard let hit = choices.first(where: { zone.offset(at: $0) == offset }) else {
                    return .problem(.wrongOffset(written: written, zone: zone, offsets: choices.map { TimeSpec.offsetText(zone.offset(at: $0)) }))
                }
                return .moment(Moment(instant: hit, zone: zone))
            }
            let prefix = date == nil ? "" : "\(day.iso) "
            let readings = choices.map { instant in
                PlanTimeProblem.Reading(
                    text: "\(prefix)\(time) \(TimeSpec.offsetText(zone.offset(at: instant)))",
                    abbreviation: zone.abbreviation(at: instant)
                )
            }
            return .problem(.ambiguous(written: written, date: day, zone: zone, first: readings[0], second: readings[1]))
        case let .skipped(_, from, to, seconds):
            let shifted = time.minutesOfDay + seconds / 60
            let instead = LocalTime(hour: (shifted / 60) % 24, minute: shifted % 60) ?? to
            return .problem(.skipped(written: written, date: day, zone: zone, from: from, to: to, minutes: seconds / 60, instead: instead))
        }
    }
}

extension Moment {
    /// True when `self` is strictly before `other`: by instant when both are timed, else by date.
    func isBefore(_ other: Moment) -> Bool {
        if let a = instant, let b = other.instant { return a < b }
        return date < other.date
    }
}
