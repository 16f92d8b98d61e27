import Foundation

/// The order things happen on one day, for schedules and reports alike (the checks keep their
/// own copy, tuned for a year of trips): timed items by clock, an item known by a part of the
/// day (下午) from the part's start, and items known only by date placed by where they are — an
/// event nearer a leg's origin than its destination before that leg, one nearer its destination
/// after it (a date-only flight Sapporo → Nagoya comes before the Nagoya visits of that day).
extension Delegation {
    /// The items in the order they happen, all taken to be on one local date.
    public func inOrder(_ items: [ItineraryItem]) -> [ItineraryItem] {
        var planIndex: [String: Int] = [:]
        for (i, e) in events.enumerated() where planIndex[e.id] == nil { planIndex[e.id] = i }
        for (i, l) in legs.enumerated() where planIndex[l.id] == nil { planIndex[l.id] = events.count + i }
        func index(_ item: ItineraryItem) -> Int { planIndex[item.id] ?? Int.max }
        let legItems = items.filter { if case .leg = $0 { true } else { false } }
        let eventItems = items.filter { if case .event = $0 { true } else { false } }
        if legItems.isEmpty { return merge(eventItems, index: index) }
        let legsTimed = legItems.allSatisfy { orderInstant($0) != nil }
        let ordered = legItems.sorted { a, b in
            legsTimed ? (orderInstant(a) ?? .distantPast, index(a)) < (orderInstant(b) ?? .distantPast, index(b)) : index(a) < index(b)
        }
        var segments = Array(repeating: [ItineraryItem](), count: ordered.count + 1)
        for event in eventItems {
            segments[segment(of: event, legs: ordered, legsTimed: legsTimed)].append(event)
        }
        var out: [ItineraryItem] = []
        for k in segments.indices {
            out.append(contentsOf: merge(segments[k], index: index))
            if k < ordered.count { out.append(ordered[k]) }
        }
        return out
    }

    /// The day a leg known only to leave within a range of dates (`depart_by`) is listed on: the
    /// last day of the range with an event nearer its origin than its destination (the members
    /// are still there), else the first day.
    public func travelDay(of leg: Leg) -> LocalDate {
        guard let latest = leg.departBy, latest > leg.departure.date else { return leg.departure.date }
        let from = place(leg.fromID)
        let to = place(leg.toID)
        var chosen = leg.departure.date
        for event in events where takesPart(event.participants, leg.participants) {
            let first = event.date
            let last = max(event.end?.date ?? first, first)
            guard last >= leg.departure.date, first <= latest, let here = place(event.placeID) else { continue }
            if let a = Delegation.kilometres(here, from), let b = Delegation.kilometres(here, to), a < b {
                chosen = max(chosen, min(last, latest))
            }
        }
        return chosen
    }

    /// True when two participant lists (empty: everyone) share someone.
    private func takesPart(_ a: [String], _ b: [String]) -> Bool {
        a.isEmpty || b.isEmpty || a.contains(where: b.contains)
    }

    /// The instant an item is ordered by: its clock time, else the start of its part of the day.
    func orderInstant(_ item: ItineraryItem) -> Date? {
        let m: Moment
        switch item {
        case let .event(e): m = e.start
        case let .leg(l): m = l.departure
        }
        if let instant = m.instant { return instant }
        guard let part = m.part else { return nil }
        return m.startOfDay.addingTimeInterval(Double(part.minutes.lowerBound) * 60)
    }

    private func segment(of event: ItineraryItem, legs: [ItineraryItem], legsTimed: Bool) -> Int {
        if legsTimed, let s = orderInstant(event) {
            return legs.reduce(0) { count, leg in (orderInstant(leg).map { $0 <= s } ?? false) ? count + 1 : count }
        }
        guard case let .event(e) = event else { return legs.count }
        let here = place(e.placeID)
        var best = legs.count
        var bestDistance = Double.infinity
        for k in 0...legs.count {
            guard case let .leg(leg) = legs[k == 0 ? 0 : k - 1] else { continue }
            let anchor = place(k == 0 ? leg.fromID : leg.toID)
            let d =
                Delegation.kilometres(here, anchor)
                ?? ((here?.city).map { $0 == anchor?.city } == true ? 0 : Double.infinity)
            if d < bestDistance {
                bestDistance = d
                best = k
            }
        }
        return best
    }

    /// Timed items (and those known by a part of the day) by clock, date-only ones kept in plan
    /// order between them.
    private func merge(_ items: [ItineraryItem], index: (ItineraryItem) -> Int) -> [ItineraryItem] {
        let timed = items.compactMap { item in orderInstant(item).map { (item, $0) } }
            .sorted { ($0.1, index($0.0)) < ($1.1, index($1.0)) }.map(\.0)
        let dated = items.filter { orderInstant($0) == nil }.sorted { index($0) < index($1) }
        var out: [ItineraryItem] = []
        var i = 0
        var j = 0
        while i < timed.count || j < dated.count {
            if j < dated.count, i == timed.count || index(dated[j]) < index(timed[i]) {
                out.append(dated[j])
                j += 1
            } else {
                out.append(timed[i])
                i += 1
            }
        }
        return out
    }

    /// Great-circle kilometres between two places with coordinates (0 for one airport).
    static func kilometres(_ a: Place?, _ b: Place?) -> Double? {
        guard let a, let b else { return nil }
        if a.id == b.id { return 0 }
        if let x = a.airportCode, x == b.airportCode { return 0 }
        guard let p = a.point, let q = b.point else { return nil }
        return p.distanceKilometres(to: q)
    }
}
