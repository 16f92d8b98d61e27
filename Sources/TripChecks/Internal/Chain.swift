import TripModel

/// Puts one member's items in the order they happen. Timed items follow their clocks; items
/// known only by date are placed by where they are: an event nearer a leg's origin than its
/// destination happens before that leg (the Kyushu plan has visits, then a bus, all date-only).
enum Chain {
    static func order(_ items: [Item], travel: CheckContext) -> [Item] {
        var byDay: [Int: [Item]] = [:]
        for item in items { byDay[item.start.date.dayNumber, default: []].append(item) }
        var out: [Item] = []
        out.reserveCapacity(items.count)
        for day in byDay.keys.sorted() {
            out.append(contentsOf: orderDay(byDay[day] ?? [], travel: travel))
        }
        return out
    }

    private static func orderDay(_ items: [Item], travel: CheckContext) -> [Item] {
        let legs = items.filter(\.isLeg)
        let events = items.filter { !$0.isLeg }
        if legs.isEmpty { return merge(events) }
        let legsTimed = legs.allSatisfy { $0.startInstant != nil }
        let orderedLegs = legsTimed
            ? legs.sorted { ($0.startInstant ?? .distantPast, $0.index) < ($1.startInstant ?? .distantPast, $1.index) }
            : legs.sorted { $0.index < $1.index }
        // Segment k is the time before leg k (k = 0) or after leg k-1.
        var segments = Array(repeating: [Item](), count: orderedLegs.count + 1)
        for event in events {
            segments[segment(of: event, legs: orderedLegs, legsTimed: legsTimed, travel: travel)].append(event)
        }
        var out: [Item] = []
        for k in 0..<segments.count {
            out.append(contentsOf: merge(segments[k]))
            if k < orderedLegs.count { out.append(orderedLegs[k]) }
        }
        return out
    }

    private static func segment(of event: Item, legs: [Item], legsTimed: Bool, travel: CheckContext) -> Int {
        if legsTimed, let s = event.startInstant {
            return legs.reduce(0) { count, leg in
                (leg.startInstant.map { $0 <= s } ?? false) ? count + 1 : count
            }
        }
        var best = 0
        var bestDistance = Double.infinity
        for k in 0...legs.count {
            let anchor = k == 0 ? legs[0].from : legs[k - 1].to
            let d = travel.distance(event.from, anchor)
                ?? ((event.from?.city).map { $0 == anchor?.city } == true ? 0 : Double.infinity)
            if d < bestDistance {
                bestDistance = d
                best = k
            }
        }
        return bestDistance.isFinite ? best : legs.count
    }

    /// Timed events by clock, date-only events kept in plan order between them.
    private static func merge(_ events: [Item]) -> [Item] {
        let timed = events.filter { $0.startInstant != nil }
            .sorted { ($0.startInstant ?? .distantPast, $0.index) < ($1.startInstant ?? .distantPast, $1.index) }
        let dated = events.filter { $0.startInstant == nil }
        if timed.isEmpty { return dated }
        if dated.isEmpty { return timed }
        var out: [Item] = []
        out.reserveCapacity(events.count)
        var i = 0, j = 0
        while i < timed.count || j < dated.count {
            if j < dated.count, i == timed.count || dated[j].index < timed[i].index {
                out.append(dated[j]); j += 1
            } else {
                out.append(timed[i]); i += 1
            }
        }
        return out
    }
}
