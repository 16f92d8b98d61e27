import Foundation

/// One entry of a day in the itinerary.
public enum ItineraryItem: Hashable, Sendable {
    /// A visit, call, meeting or meal.
    case event(Event)
    /// A journey, listed on its departure day.
    case leg(Leg)

    /// The item's id.
    public var id: String {
        switch self {
        case let .event(e): e.id
        case let .leg(l): l.id
        }
    }

    /// Member ids listed (empty: everyone).
    public var participants: [String] {
        switch self {
        case let .event(e): e.participants
        case let .leg(l): l.participants
        }
    }
}

/// The items of one local date, in the order they happen.
public struct ItineraryDay: Hashable, Sendable {
    /// The date (local at the places of the day).
    public var date: LocalDate
    /// Items in order.
    public var items: [ItineraryItem]
    /// Stays whose night is this date.
    public var stays: [Stay]
    /// Events that began on an earlier day and are still going on (e.g. dated 3/11–3/13).
    public var continuing: [Event] = []
}

extension Delegation {
    /// The trip day by day, every date from start to end (and any outside them that has items),
    /// optionally only what one member takes part in.
    public func itinerary(member: String? = nil) -> [ItineraryDay] {
        func takesPart(_ listed: [String]) -> Bool {
            guard let member else { return true }
            return listed.isEmpty || listed.contains(member)
        }
        var byDay: [LocalDate: [(key: ItineraryKey, item: ItineraryItem)]] = [:]
        var lastTimed: Double = -.infinity
        for (i, e) in events.enumerated() where takesPart(e.participants) {
            let t = e.start.instant?.timeIntervalSince1970
            if let t { lastTimed = t }
            byDay[e.date, default: []].append((ItineraryKey(bucket: 1, time: t ?? lastTimed, index: i), .event(e)))
        }
        for (i, l) in legs.enumerated() where takesPart(l.participants) {
            let bucket: Int
            if l.departure.instant != nil {
                bucket = 1
            } else {
                switch kind(of: l) {
                case .departure: bucket = 0
                case .return: bucket = 3
                default: bucket = 2
                }
            }
            let t = l.departure.instant?.timeIntervalSince1970 ?? .infinity
            byDay[l.departure.date, default: []].append((ItineraryKey(bucket: bucket, time: t, index: events.count + i), .leg(l)))
        }
        let outside = byDay.keys.filter { $0 < start || $0 > end }
        let dates = Set(days + outside).sorted()
        return dates.map { date in
            let items = (byDay[date] ?? []).sorted { $0.key < $1.key }.map(\.item)
            let nights = stays.filter { takesPart($0.participants) && $0.nights.contains(date) }
            let continuing = events.filter { e in
                guard takesPart(e.participants), let last = e.end?.date else { return false }
                return e.date < date && date <= last
            }
            return ItineraryDay(date: date, items: items, stays: nights, continuing: continuing)
        }
    }
}

/// Sort key: bucket (departures, then timed items and events, then transfers, then returns),
/// then time (untimed events inherit the previous timed one's), then plan order.
struct ItineraryKey: Comparable {
    let bucket: Int
    let time: Double
    let index: Int

    static func < (a: ItineraryKey, b: ItineraryKey) -> Bool {
        (a.bucket, a.time, a.index) < (b.bucket, b.time, b.index)
    }
}
