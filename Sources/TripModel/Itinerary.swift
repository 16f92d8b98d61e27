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
    /// Legs that left on an earlier date and land on this one (the return flight's landing day).
    public var arriving: [Leg] = []
}

extension Delegation {
    /// The trip day by day, every date from start to end (and any outside them that has items),
    /// optionally only what one member takes part in. Each day's items are in the order they
    /// happen (`inOrder`); a leg known only to leave within a range of dates is listed on its
    /// `travelDay`, and a leg that lands on a later date is also listed as arriving then.
    public func itinerary(member: String? = nil) -> [ItineraryDay] {
        func takesPart(_ listed: [String]) -> Bool {
            guard let member else { return true }
            return listed.isEmpty || listed.contains(member)
        }
        var byDay: [LocalDate: [ItineraryItem]] = [:]
        var arriving: [LocalDate: [Leg]] = [:]
        for e in events where takesPart(e.participants) {
            byDay[e.date, default: []].append(.event(e))
        }
        for l in legs where takesPart(l.participants) {
            byDay[travelDay(of: l), default: []].append(.leg(l))
            if let landing = l.arrival?.date, landing > l.departure.date { arriving[landing, default: []].append(l) }
        }
        let outside = Set(byDay.keys).union(arriving.keys).filter { $0 < start || $0 > end }
        let dates = Set(days + outside).sorted()
        return dates.map { date in
            let items = inOrder(byDay[date] ?? [])
            let nights = stays.filter { takesPart($0.participants) && $0.nights.contains(date) }
            let continuing = events.filter { e in
                guard takesPart(e.participants), let last = e.end?.date else { return false }
                return e.date < date && date <= last
            }
            return ItineraryDay(
                date: date,
                items: items,
                stays: nights,
                continuing: continuing,
                arriving: arriving[date] ?? []
            )
        }
    }
}
