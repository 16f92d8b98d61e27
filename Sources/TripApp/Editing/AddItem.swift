import TripModel
import TripStore

/// Adds an event, a leg or a stay to a delegation from a form: the values are read by the plan
/// reader as the same entry of a plan file (`readNewEvent`, `readLeg`, `readStay`, in the
/// delegation's context), and the item with any place it names is stored as an import of the
/// plan file with the item at its end would store it, in one transaction that gives the id.
public struct AddItem: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// What is added.
    public enum Kind: String, CaseIterable, Sendable {
        /// A visit, call, meeting or meal (`events:`).
        case event
        /// A journey (`legs:`).
        case leg
        /// Lodging (`stays:`).
        case stay

        /// The form's fields (plan keys), in the order the form shows them.
        public var fields: [String] {
            switch self {
            case .event: ["title", "kind", "date", "start", "end", "place", "host", "participants", "id"]
            case .leg: ["mode", "number", "carrier", "from", "depart", "to", "arrive", "participants", "remark", "id"]
            case .stay: ["place", "check_in", "check_out", "participants", "booking", "id"]
            }
        }
    }

    /// The form's values.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// What is added.
        public var kind: Kind
        /// Values by plan key (`fields`); an empty `id` has one given.
        public var values: [String: String]

        /// A posted form.
        public init(trip: String, kind: Kind, values: [String: String]) {
            self.trip = trip
            self.kind = kind
            self.values = values
        }
    }

    /// Reads and stores the item; returns its id. Refused values come as `.refused`, marked by key.
    public func run(_ input: Input) async throws(AppError) -> String {
        try Access.requireOrganiser(context.requester, on: input.trip)
        let database: TripDatabase
        let d: Delegation
        (database, d) = try await attempt {
            let database = try context.database(.existing)
            return (database, try await context.delegation(input.trip, in: database))
        }
        let givenID = (input.values["id"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        // Without an id the reader reads a placeholder the store replaces with the first free one.
        let values = input.kind.fields.map {
            PlanValue($0, $0 == "id" ? (givenID.isEmpty ? "new-\(input.kind.rawValue)" : givenID) : input.values[$0] ?? "")
        }
        let item: NewItem
        let places: [Place]
        do {
            switch input.kind {
            case .event:
                let read = try context.reader.readNewEvent(values, in: d)
                (item, places) = (.event(read.item), read.places)
            case .leg:
                let read = try context.reader.readLeg(values, in: d)
                (item, places) = (.leg(read.item), read.places)
            case .stay:
                let read = try context.reader.readStay(values, in: d)
                (item, places) = (.stay(read.item), read.places)
            }
        } catch {
            throw .refused(error)
        }
        let now = context.now()
        let trip = d.id
        let id = try await attempt { try await database.addItem(item, places: places, to: trip, allocateID: givenID.isEmpty, now: now) }
        context.cache?.invalidate()
        return id
    }
}
