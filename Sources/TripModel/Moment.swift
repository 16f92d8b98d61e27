import Foundation

/// A point of a schedule: the local date at a place, optionally a clock time, always the
/// place's zone. A clock time is held as an absolute instant; the local time is derived.
public struct Moment: Hashable, Sendable {
    /// The local date at the place.
    public let date: LocalDate
    /// The absolute instant, when a clock time is known.
    public let instant: Date?
    /// The zone of the place.
    public let zone: Zone
    /// The part of the day, for a moment known only as 上午、下午… (never with a clock time).
    public let part: DayPart?

    /// A date with no clock time.
    public init(date: LocalDate, zone: Zone) {
        self.date = date
        self.instant = nil
        self.zone = zone
        self.part = nil
    }

    /// A date and a part of the day (上午、晚間…), with no clock time.
    public init(date: LocalDate, part: DayPart?, zone: Zone) {
        self.date = date
        self.instant = nil
        self.zone = zone
        self.part = part
    }

    /// An absolute instant, shown in `zone`.
    public init(instant: Date, zone: Zone) {
        self.instant = instant
        self.zone = zone
        self.date = Moment.localDate(of: instant, in: zone)
        self.part = nil
    }

    /// A local wall-clock time at a place. Throws when the time does not exist there
    /// (skipped by a daylight-saving change); a time a fall-back change repeats is taken at its
    /// first occurrence (`Zone.reading` tells the two apart).
    public init(date: LocalDate, time: LocalTime?, zone: Zone) throws(TimeError) {
        guard let time else {
            self.init(date: date, zone: zone)
            return
        }
        switch zone.reading(of: date, time) {
        case let .unique(instant), let .ambiguous(instant, _):
            self.init(instant: instant, zone: zone)
        case .skipped:
            throw .nonexistent(date, time, zone)
        }
    }

    /// The local wall-clock time, when a clock time is known.
    public var localTime: LocalTime? {
        guard let instant else { return nil }
        if let seconds = Moment.localSeconds(of: instant, in: zone) {
            let ofDay = ((seconds % 86_400) + 86_400) % 86_400
            return LocalTime(hour: ofDay / 3_600, minute: ofDay % 3_600 / 60)
        }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone.timeZone
        let c = cal.dateComponents([.hour, .minute], from: instant)
        return LocalTime(hour: c.hour ?? 0, minute: c.minute ?? 0)
    }

    /// True when there is a clock time.
    public var isTimed: Bool { instant != nil }

    /// The same moment shown in another zone (date-only moments keep their date and part).
    public func shown(in other: Zone) -> Moment {
        guard let instant else { return Moment(date: date, part: part, zone: other) }
        return Moment(instant: instant, zone: other)
    }

    /// The local date of an instant in a zone.
    ///
    /// The zone's offset at that instant (one look-up in the zone database) added to the instant,
    /// in whole days since 1970-01-01: a `Calendar` built for every call was most of the cost of
    /// the checks that read a photo's date. An instant too far out for whole seconds goes through
    /// `Calendar`.
    public static func localDate(of instant: Date, in zone: Zone) -> LocalDate {
        if let seconds = localSeconds(of: instant, in: zone) {
            return LocalDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds + 1) / 86_400 - 1)
        }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone.timeZone
        let c = cal.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
            ?? LocalDate(dayNumber: 0)
    }

    /// Whole seconds since 1970-01-01 00:00 of the local wall clock at `instant` (rounded down),
    /// nil when they do not fit in an `Int`.
    static func localSeconds(of instant: Date, in zone: Zone) -> Int? {
        let local = (instant.timeIntervalSince1970 + Double(zone.offset(at: instant))).rounded(.down)
        return Int(exactly: local)
    }

    /// Start of the local day in the moment's zone, as an instant.
    public var startOfDay: Date {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone.timeZone
        return cal.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// `2025-08-31`, `2025-08-31 09:30` in local time, or `2025-08-31 下午` for a part of the day.
    public var localText: String {
        guard let t = localTime else { return part.map { "\(date.iso) \($0.zh)" } ?? date.iso }
        return "\(date.iso) \(t)"
    }
}

/// Problems turning local clock readings into instants.
public enum TimeError: UserFacingError, Equatable, CustomStringConvertible {
    /// The local time is skipped in that zone on that day (a daylight-saving gap).
    case nonexistent(LocalDate, LocalTime, Zone)

    /// What is wrong, with the clock change that skips the time.
    public var message: LocalizedText {
        switch self {
        case let .nonexistent(d, t, z):
            guard case let .skipped(_, from, to, seconds) = z.reading(of: d, t) else {
                return LocalizedText(
                    zh: "\(z) 在 \(d) 沒有 \(t) 這個時刻（日光節約時間跳過了它）。",
                    en: "\(d) \(t) does not exist in \(z) (clocks skip it for daylight saving)"
                )
            }
            return LocalizedText(
                zh: "\(z) 在 \(d) 沒有 \(t) 這個時刻：日光節約時間使時鐘從 \(from) 直接跳到 \(to)，略過 \(seconds / 60) 分鐘。",
                en: "\(d) \(t) does not exist in \(z): clocks go from \(from) to \(to) for daylight saving, skipping \(seconds / 60) minutes"
            )
        }
    }

    /// The English message.
    public var description: String { message.en }
}
