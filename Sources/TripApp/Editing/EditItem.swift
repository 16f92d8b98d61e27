import TripModel
import TripStore

/// Saves a leg's or a stay's form: every value the plan file holds for it, read by the plan
/// reader as that entry of the plan file (`readLeg`, `readStay`, in the delegation's context),
/// and stored as an import of the plan file with that entry changed would store it, in one
/// transaction that first checks the item is still the copy the form was opened with (its
/// `sequence`); otherwise `itemConflict` carries both versions and nothing is saved.
public struct EditItem: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// What is edited.
    public enum Kind: String, CaseIterable, Sendable {
        /// A journey (`legs:`).
        case leg
        /// Lodging (`stays:`).
        case stay

        /// The form's fields (plan keys), in the order the form shows them; the id is not
        /// among them: other items, calendars and corrections name the item by it.
        public var fields: [String] {
            switch self {
            case .leg: ["mode", "number", "carrier", "from", "depart", "depart_by", "to", "arrive", "kind", "participants", "booking", "remark"]
            case .stay: ["place", "check_in", "check_out", "participants", "booking", "phone", "remark"]
            }
        }
    }

    /// The stored item as its form shows it.
    public struct Form: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// Values by plan key (`Kind.fields`).
        public var values: [String: String]
        /// The revision the form carries (the item's stored `sequence`).
        public var revision: Int
        /// The stored item.
        public var item: NewItem
    }

    /// The edit.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// What is edited.
        public var kind: Kind
        /// The item's id.
        public var id: String
        /// The revision the form was opened with (`Form.revision`).
        public var revision: Int
        /// Values by plan key (`Kind.fields`); a blank value is an absent key.
        public var values: [String: String]

        /// A posted form.
        public init(trip: String, kind: Kind, id: String, revision: Int, values: [String: String]) {
            self.trip = trip
            self.kind = kind
            self.id = id
            self.revision = revision
            self.values = values
        }
    }

    /// The stored item's form; `noSuchItem` when the delegation has no such item.
    public func form(trip: String, kind: Kind, id: String) async throws(AppError) -> Form {
        try Access.requireOrganiser(context.requester, on: trip)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(trip, in: database)
            let writer = PlanWriter(gazetteer: context.gazetteer)
            switch kind {
            case .leg:
                guard let l = d.legs.first(where: { $0.id == id }) else { throw StoreError.noSuchItem(kind: kind.rawValue, id: id, delegation: d.id) }
                return Form(delegation: d, values: writer.formValues(of: l), revision: l.sequence, item: .leg(l))
            case .stay:
                guard let s = d.stays.first(where: { $0.id == id }) else {
                    throw StoreError.noSuchItem(kind: kind.rawValue, id: id, delegation: d.id)
                }
                return Form(delegation: d, values: writer.formValues(of: s), revision: s.sequence, item: .stay(s))
            }
        }
    }

    /// An item's values by plan key as its form shows them (a conflict's two versions).
    public func values(of item: NewItem) -> [String: String] {
        let writer = PlanWriter(gazetteer: context.gazetteer)
        return switch item {
        case let .leg(l): writer.formValues(of: l)
        case let .stay(s): writer.formValues(of: s)
        case let .event(e): ["title": e.title]
        }
    }

    /// Reads and saves the values. Refused values come as `.refused`, marked by key; a changed
    /// item as `.itemConflict`; a removed one as `.store(.noSuchItem)`.
    public func run(_ input: Input) async throws(AppError) {
        try Access.requireOrganiser(context.requester, on: input.trip)
        let database: TripDatabase
        let d: Delegation
        (database, d) = try await attempt {
            let database = try context.database(.existing)
            return (database, try await context.delegation(input.trip, in: database))
        }
        let exists =
            switch input.kind {
            case .leg: d.legs.contains { $0.id == input.id }
            case .stay: d.stays.contains { $0.id == input.id }
            }
        guard exists else { throw .store(.noSuchItem(kind: input.kind.rawValue, id: input.id, delegation: d.id)) }
        let values = [PlanValue("id", input.id)] + input.kind.fields.map { PlanValue($0, input.values[$0] ?? "") }
        let item: NewItem
        let places: [Place]
        do {
            switch input.kind {
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
        let revision = input.revision
        try await attempt { try await database.editItem(item, places: places, in: trip, revision: revision, now: now) }
        context.cache?.invalidate()
    }
}
