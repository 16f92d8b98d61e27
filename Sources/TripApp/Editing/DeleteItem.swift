import TripModel
import TripStore

/// Deletes an event, a leg or a stay after a confirmation page: `preview` gives the item, the
/// revision the page carries and why it cannot go (an event holding logged material or placed
/// in an outline); `run` deletes it in one transaction when it is still at that revision and
/// holds nothing, otherwise nothing is deleted (`itemConflict`, `.store(.eventHolds)`).
public struct DeleteItem: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// What is deleted.
    public enum Kind: String, CaseIterable, Sendable {
        /// A visit, call, meeting or meal.
        case event
        /// A journey.
        case leg
        /// Lodging.
        case stay
    }

    /// Which item.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// What is deleted.
        public var kind: Kind
        /// The item's id.
        public var id: String
        /// The revision the confirmation page showed (`Preview.revision`); ignored by `preview`.
        public var revision: Int

        /// An item of a delegation.
        public init(trip: String, kind: Kind, id: String, revision: Int = 0) {
            self.trip = trip
            self.kind = kind
            self.id = id
            self.revision = revision
        }
    }

    /// What the confirmation page shows.
    public struct Preview: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The item as stored.
        public var item: NewItem
        /// Its revision (stored `sequence`), to confirm against.
        public var revision: Int
        /// Why it cannot be deleted now, or nil.
        public var problem: StoreError?
    }

    /// The item and what deleting it would drop.
    public func preview(_ input: Input) async throws(AppError) -> Preview {
        try Access.requireOrganiser(context.requester, on: input.trip)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.trip, in: database)
            let (item, holdings) = try await database.itemDeletion(kind: input.kind.rawValue, id: input.id, in: d.id)
            let problem: StoreError? = holdings.isEmpty ? nil : .eventHolds(id: input.id, title: TripDatabase.title(of: item), holdings)
            return Preview(delegation: d, item: item, revision: item.sequence, problem: problem)
        }
    }

    /// Deletes the item.
    public func run(_ input: Input) async throws(AppError) {
        try Access.requireOrganiser(context.requester, on: input.trip)
        try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.trip, in: database)
            try await database.deleteItem(kind: input.kind.rawValue, id: input.id, in: d.id, revision: input.revision, now: context.now())
            context.cache?.invalidate()
        }
    }
}
