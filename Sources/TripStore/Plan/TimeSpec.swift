import Foundation
import TripModel

/// A time as written in a plan: `HH:MM`, `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM`.
enum TimeSpec: Equatable {
    case time(LocalTime)
    case date(LocalDate)
    case dateTime(LocalDate, LocalTime)

    /// Parses the three forms (a `T` may stand for the space; seconds are ignored).
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
        let parts = text.replacingOccurrences(of: "T", with: " ").split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let d = LocalDate(iso: String(parts[0])) else { return nil }
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
