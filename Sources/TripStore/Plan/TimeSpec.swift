import Foundation
import TripModel

/// A time as written in a plan: `HH:MM`, `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM`; or a part of the
/// day in place of the clock time (`下午`, `2026-03-11 深夜`).
enum TimeSpec: Equatable {
    case time(LocalTime)
    case date(LocalDate)
    case dateTime(LocalDate, LocalTime)
    case part(DayPart)
    case datePart(LocalDate, DayPart)

    /// Parses the forms (a `T` may stand for the space; seconds are ignored).
    init?(_ raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let t = LocalTime(text: text) {
            self = .time(t)
            return
        }
        if let d = LocalDate(iso: text) {
            self = .date(d)
            return
        }
        if let p = DayPart.parse(text) {
            self = .part(p)
            return
        }
        let parts = text.replacingOccurrences(of: "T", with: " ").split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, let d = LocalDate(iso: String(parts[0])) else { return nil }
        if let p = DayPart.parse(String(parts[1])) {
            self = .datePart(d, p)
            return
        }
        var clock = String(parts[1])
        if clock.count == 8, clock.filter({ $0 == ":" }).count == 2 { clock = String(clock.prefix(5)) }
        guard let t = LocalTime(text: clock) else { return nil }
        self = .dateTime(d, t)
    }

    /// The moment in a zone, taking the date from `defaultDate` when only a time is written.
    func moment(defaultDate: LocalDate?, zone: Zone) throws(TimeError) -> Moment? {
        switch self {
        case let .time(t):
            guard let defaultDate else { return nil }
            return try Moment(date: defaultDate, time: t, zone: zone)
        case let .date(d):
            return Moment(date: d, zone: zone)
        case let .dateTime(d, t):
            return try Moment(date: d, time: t, zone: zone)
        case let .part(p):
            guard let defaultDate else { return nil }
            return Moment(date: defaultDate, part: p, zone: zone)
        case let .datePart(d, p):
            return Moment(date: d, part: p, zone: zone)
        }
    }

    /// True for a part of the day (with or without a date).
    var isPart: Bool {
        switch self {
        case .part, .datePart: true
        default: false
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
