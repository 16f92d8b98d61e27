import Foundation
import TripModel

/// Puts one member's items in the order they happen. Timed items follow their clocks, and an
/// item known by a part of the day (下午) its part's start; items known only by date are placed
/// by where they are: an event nearer a leg's origin than its destination happens before that
/// leg (the Kyushu plan has visits, then a bus, all date-only). A leg known only to leave within
/// a range of dates goes on the last day of the range with something at its origin.
enum Chain {
    static func order(_ items: [Item], travel: CheckContext) -> [Item] {
        placeRangedLegs(items, travel: travel)
        var byDay: [Int: [Item]] = [:]
        for item in items { byDay[item.day, default: []].append(item) }
        var out: [Item] = []
        out.reserveCapacity(items.count)
        for day in byDay.keys.sorted() {
            out.append(contentsOf: orderDay(byDay[day] ?? [], travel: travel))
        }
        return out
    }

    /// Sets the day of each leg that leaves within a range: after the last event in the range
    /// that is nearer its origin than its destination, else on the range's first day.
    private static func placeRangedLegs(_ items: [Item], travel: CheckContext) {
        for leg in items where leg.isLeg {
            guard let latest = leg.latestDay, latest > leg.start.date.dayNumber else { continue }
            let range = leg.start.date.dayNumber...latest
            var chosen = range.lowerBound
            for event in items where !event.isLeg && range.contains(event.start.date.dayNumber) {
                if let a = travel.distance(event.from, leg.from), let b = travel.distance(event.from, leg.to), a < b {
                    chosen = max(chosen, event.start.date.dayNumber)
                }
            }
            leg.day = chosen
        }
    }

    /// The instant an item is ordered by: its clock time, else the start of its part of the day.
    static func orderInstant(_ item: Item, _ ctx: CheckContext) -> Date? {
        if let s = item.startInstant { return s }
        guard let part = item.part else { return nil }
        return ctx.clock.startOfDay(item.start.date, in: item.start.zone).addingTimeInterval(Double(part.minutes.lowerBound) * 60)
    }

    private static func orderDay(_ items: [Item], travel: CheckContext) -> [Item] {
        let legs = items.filter(\.isLeg)
        let events = items.filter { !$0.isLeg }
        if legs.isEmpty { return merge(events, travel) }
        let legsTimed = legs.allSatisfy { $0.startInstant != nil }
        let orderedLegs =
            legsTimed
            ? legs.sorted { ($0.startInstant ?? .distantPast, $0.index) < ($1.startInstant ?? .distantPast, $1.index) }
            : legs.sorted { $0.index < $1.index }
        // Segment k is the time before leg k (k = 0) or after leg k-1.
        var segments = Array(repeating: [Item](), count: orderedLegs.count + 1)
        for event in events {
            segments[segment(of: event, legs: orderedLegs, legsTimed: legsTimed, travel: travel)].append(event)
        }
        var out: [Item] = []
        for k in 0..<segments.count {
            out.append(contentsOf: merge(segments[k], travel))
            if k < orderedLegs.count { out.append(orderedLegs[k]) }
        }
        return out
    }

    private static func segment(of event: Item, legs: [Item], legsTimed: Bool, travel: CheckContext) -> Int {
        if legsTimed, let s = orderInstant(event, travel) {
            return legs.reduce(0) { count, leg in
                (leg.startInstant.map { $0 <= s } ?? false) ? count + 1 : count
            }
        }
        var best = 0
        var bestDistance = Double.infinity
        for k in 0...legs.count {
            let anchor = k == 0 ? legs[0].from : legs[k - 1].to
            let d =
                travel.distance(event.from, anchor)
                ?? ((event.from?.city).map { $0 == anchor?.city } == true ? 0 : Double.infinity)
            if d < bestDistance {
                bestDistance = d
                best = k
            }
        }
        return bestDistance.isFinite ? best : legs.count
    }

    /// Timed events (and those known by a part of the day) by clock, date-only events kept in
    /// plan order between them.
    private static func merge(_ events: [Item], _ ctx: CheckContext) -> [Item] {
        let timed = events.compactMap { e in orderInstant(e, ctx).map { (e, $0) } }
            .sorted { ($0.1, $0.0.index) < ($1.1, $1.0.index) }.map(\.0)
        let dated = events.filter { orderInstant($0, ctx) == nil }
        if timed.isEmpty { return dated }
        if dated.isEmpty { return timed }
        var out: [Item] = []
        out.reserveCapacity(events.count)
        var i = 0
        var j = 0
        while i < timed.count || j < dated.count {
            if j < dated.count, i == timed.count || dated[j].index < timed[i].index {
                out.append(dated[j])
                j += 1
            } else {
                out.append(timed[i])
                i += 1
            }
        }
        return out
    }
}
