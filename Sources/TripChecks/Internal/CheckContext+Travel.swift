import TripModel

/// Distances and estimated ground travel between places.
extension CheckContext {
    /// Great-circle kilometres, 0 for the same place, nil when either has no coordinates.
    func distance(_ a: Spot?, _ b: Spot?) -> Double? {
        guard let a, let b else { return nil }
        if a.id == b.id { return 0 }
        if let x = a.airportCode, x == b.airportCode { return 0 }
        guard let p = a.point, let q = b.point else { return nil }
        return p.distanceKilometres(to: q)
    }

    /// True when two places are in one city (by name, or within `city.km`).
    func sameCity(_ a: Spot, _ b: Spot, distance d: Double?) -> Bool {
        if let d { return d <= limits.cityKm }
        if let x = a.city, let y = b.city, !x.isEmpty { return x == y }
        return false
    }

    /// Whether one can be where `b` starts after `a` without a leg between them, and the distance
    /// when known: a move into another country, or farther than `continuity.km` between two legs
    /// or `daytrip.km` to or from a visit, needs a leg (rule 4). Rules that estimate ground travel
    /// leave such a move to rule 4, so one problem gets one diagnostic.
    func joined(_ a: Item, _ b: Item) -> (Bool, Double?) {
        let limit = a.isLeg && b.isLeg ? limits.continuityKm : limits.daytripKm
        guard let x = a.to, let y = b.from else { return (true, nil) }
        let km = distance(x, y)
        if km == 0 { return (true, 0) }
        if isHome(x) && isHome(y) { return (true, km) }
        if let p = x.country, let q = y.country, p != q { return (false, km) }
        if let km { return (km <= limit, km) }
        return (true, nil)
    }

    /// Minutes needed to get from one place to another on the ground: distance × detour factor ÷
    /// speed, plus `travel.buffer`; nil when it cannot be told (no coordinates, not one city).
    func travelMinutes(from a: Spot?, to b: Spot?) -> Double? {
        guard let a, let b else { return nil }
        let d = distance(a, b)
        if let d, d < 0.05 { return 0 }
        guard let d else {
            // Without coordinates only "same place" and "same city" can be told apart.
            if let x = a.city, x == b.city { return limits.travelBuffer + 20 }
            return nil
        }
        let hours: Double
        if d <= limits.walkMaxKm {
            hours = d * limits.detourCity / limits.speedWalk
        } else if sameCity(a, b, distance: d) {
            hours = d * limits.detourCity / limits.speedCar
        } else {
            hours = d * limits.detourCountry / limits.speedBus
        }
        return hours * 60 + limits.travelBuffer
    }

    /// Estimated minutes a leg with no clock times takes, door to door without buffers.
    func estimatedLegMinutes(_ item: Item) -> Double? {
        guard let mode = item.mode, let d = distance(item.from, item.to) else { return nil }
        let detour = mode == .flight ? 1.0 : (mode == .walk ? limits.detourCity : limits.detourCountry)
        let speed = limits.speed(mode)
        guard speed > 0 else { return nil }
        return d * detour / speed * 60 + (mode == .flight ? 30 : 0)
    }

    /// Minutes a leg takes: from its clock times, else estimated.
    func legMinutes(_ item: Item) -> Double? {
        if let s = item.startInstant, let e = item.endInstant { return e.timeIntervalSince(s) / 60 }
        return estimatedLegMinutes(item)
    }
}
