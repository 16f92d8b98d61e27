import Foundation

/// What a local wall-clock reading names in a zone: one instant, two (the hour a fall-back
/// change repeats), or none (the minutes a spring-forward change skips).
public enum LocalReading: Hashable, Sendable {
    /// The usual case.
    case unique(Date)
    /// The reading happens twice: first at `earlier` (the offset before the change), then at
    /// `later`.
    case ambiguous(earlier: Date, later: Date)
    /// The clocks skip the reading: they jump from `from` to `to` at `change`, skipping
    /// `skippedSeconds` (3,600 in most zones, 1,800 at Lord Howe).
    case skipped(change: Date, from: LocalTime, to: LocalTime, skippedSeconds: Int)
}

extension Zone {
    /// The instants a local date and time name in this zone.
    public func reading(of date: LocalDate, _ time: LocalTime) -> LocalReading {
        let tz = timeZone
        // The reading as if it were UTC; an instant is that less the offset in force then.
        let wall = Double(date.dayNumber) * 86_400 + Double(time.minutesOfDay) * 60
        var offsets: [Int] = []
        for probe in [wall - 86_400, wall, wall + 86_400] {
            let o = tz.secondsFromGMT(for: Date(timeIntervalSince1970: probe))
            if !offsets.contains(o) { offsets.append(o) }
        }
        let instants = offsets.compactMap { o -> Date? in
            let instant = Date(timeIntervalSince1970: wall - Double(o))
            return tz.secondsFromGMT(for: instant) == o ? instant : nil
        }.sorted()
        if let first = instants.first, let last = instants.last {
            return first == last ? .unique(first) : .ambiguous(earlier: first, later: last)
        }
        // No offset fits: a gap. Find the change between a day before and a day after.
        let before = tz.secondsFromGMT(for: Date(timeIntervalSince1970: wall - 86_400))
        let after = tz.secondsFromGMT(for: Date(timeIntervalSince1970: wall + 86_400))
        var low = wall - 86_400 - Double(before)
        var high = wall + 86_400 - Double(after)
        while high - low > 1 {
            let mid = ((low + high) / 2).rounded(.down)
            if tz.secondsFromGMT(for: Date(timeIntervalSince1970: mid)) == before { low = mid } else { high = mid }
        }
        let change = Date(timeIntervalSince1970: high)
        return .skipped(
            change: change,
            from: Zone.clock(high + Double(before)) ?? time,
            to: Zone.clock(high + Double(after)) ?? time,
            skippedSeconds: after - before
        )
    }

    /// The offsets (seconds east of UTC) this zone may have on a local date and time: one, or
    /// two on a fall-back day.
    public func offsets(of date: LocalDate, _ time: LocalTime) -> [Int] {
        switch reading(of: date, time) {
        case let .unique(d): [offset(at: d)]
        case let .ambiguous(a, b): [offset(at: a), offset(at: b)]
        case .skipped: []
        }
    }

    /// The wall-clock time of seconds counted as if UTC.
    private static func clock(_ wallSeconds: Double) -> LocalTime? {
        let s = Int(wallSeconds.rounded(.down))
        let inDay = ((s % 86_400) + 86_400) % 86_400
        return LocalTime(hour: inDay / 3600, minute: (inDay % 3600) / 60)
    }
}
