import TripModel

/// An item added to a stored delegation from a form: an event, a leg or a stay.
public enum NewItem: Sendable, Hashable {
    /// A visit, call, meeting or meal.
    case event(Event)
    /// A journey.
    case leg(Leg)
    /// Lodging.
    case stay(Stay)

    /// The kind as ids and messages name it (`event`, `leg`, `stay`).
    public var kind: String {
        switch self {
        case .event: "event"
        case .leg: "leg"
        case .stay: "stay"
        }
    }

    /// The item's id.
    var id: String {
        switch self {
        case let .event(e): e.id
        case let .leg(l): l.id
        case let .stay(s): s.id
        }
    }

    /// The stored copy's `sequence`: the revision an edit form of the item carries.
    public var sequence: Int {
        switch self {
        case let .event(e): e.sequence
        case let .leg(l): l.sequence
        case let .stay(s): s.sequence
        }
    }

    /// The item with another id.
    func with(id: String) -> NewItem {
        switch self {
        case var .event(e):
            e.id = id
            return .event(e)
        case var .leg(l):
            l.id = id
            return .leg(l)
        case var .stay(s):
            s.id = id
            return .stay(s)
        }
    }
}
