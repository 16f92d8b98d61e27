import TripModel

/// An item read from a form, with the places it named that its delegation has not got yet (an
/// airport code or a city typed into a place field becomes a place, as in a plan file).
public struct Placed<Item: Sendable & Hashable>: Sendable, Hashable {
    /// The item.
    public var item: Item
    /// Places to add with it.
    public var places: [Place]

    /// The item and those of `all` that `d` has not got.
    init(item: Item, places all: [Place], besides d: Delegation) {
        self.item = item
        let known = Set(d.places.map(\.id))
        places = all.filter { !known.contains($0.id) }
    }
}
