import TripModel

/// Which days have something planned.
extension CheckContext {
    /// Day numbers touched by any item of the given members (nil: anyone), legs counting
    /// every day from departure to arrival.
    func coveredDays(members: Set<String>?) -> Set<Int> {
        var days: Set<Int> = []
        for item in items {
            if let members, !item.participants.contains(where: members.contains) { continue }
            for day in item.dates { days.insert(day) }
        }
        return days
    }

    /// Day numbers touched by each member's items.
    var coveredDaysByMember: [String: Set<Int>] {
        var out: [String: Set<Int>] = [:]
        for (member, chain) in chains {
            var days: Set<Int> = []
            for item in chain { for day in item.dates { days.insert(day) } }
            out[member] = days
        }
        return out
    }
}
