import TripModel

/// Which days have something planned.
extension CheckContext {
    /// Day numbers touched by any item of the given members (nil: anyone), legs counting
    /// every day from departure to arrival.
    func coveredDays(members: Set<String>?) -> Set<Int> {
        var days: Set<Int> = []
        for item in items {
            if let members, !item.participants.contains(where: members.contains) { continue }
            for day in tripDays(of: item) { days.insert(day) }
        }
        return days
    }

    /// The item's days within the trip: only those are compared with the trip's days, and an
    /// item an older version stored as spanning centuries must not be walked day by day.
    private func tripDays(of item: Item) -> ClosedRange<Int> {
        let first = delegation.start.dayNumber
        let last = max(first, delegation.end.dayNumber)
        return item.dates.clamped(to: first...last)
    }

    /// Day numbers touched by each member's items.
    var coveredDaysByMember: [String: Set<Int>] {
        var out: [String: Set<Int>] = [:]
        for (member, chain) in chains {
            var days: Set<Int> = []
            for item in chain { for day in tripDays(of: item) { days.insert(day) } }
            out[member] = days
        }
        return out
    }
}
