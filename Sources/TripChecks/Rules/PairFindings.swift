/// Findings about a pair of items, gathered over members so that a problem shared by the
/// whole group is reported once, naming everyone it affects.
struct PairFindings<Payload> {
    private struct Key: Hashable {
        let first: Int
        let second: Int
    }

    private var order: [Key] = []
    private var entries: [Key: (first: Item, second: Item, payload: Payload, members: [String])] = [:]

    /// Records that `members` meet the problem between two items.
    mutating func add(_ first: Item, _ second: Item, members: [String], payload: Payload) {
        let key = Key(first: first.index, second: second.index)
        if entries[key] == nil {
            order.append(key)
            entries[key] = (first, second, payload, members)
        } else {
            entries[key]?.members.append(contentsOf: members)
        }
    }

    /// Every pair in the order first met.
    var all: [(first: Item, second: Item, payload: Payload, members: [String])] {
        order.compactMap { entries[$0] }
    }
}
