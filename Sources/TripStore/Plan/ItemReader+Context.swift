import TripModel

extension ItemReader {
    /// Reads as if inside `d`: its places, members and item ids are known (less `item`, the one
    /// being read again) and its home zone applies, so one item of a stored delegation is judged
    /// exactly as in the delegation's plan file.
    mutating func adopt(_ d: Delegation, excluding item: String?) {
        for p in d.places { places.adopt(p) }
        memberIDs = d.members.map(\.id)
        for m in d.members where memberNames[m.name] == nil { memberNames[m.name] = m.id }
        memberRoster = d.members.map { ($0.id, $0.name) }
        if d.start <= d.end { tripDates = d.start...d.end }
        for id in d.events.map(\.id) + d.legs.map(\.id) + d.stays.map(\.id) where id != item {
            itemLines[id] = 0
        }
        homeZone = d.homeZone
    }
}
