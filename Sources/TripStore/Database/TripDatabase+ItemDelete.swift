import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// The stored item (an event, a leg or a stay) and what deleting it would drop: for an
    /// event, what is logged against it and the outlines that place it (empty for legs and
    /// stays, whose participants list is all that goes with them). `noSuchItem` when it is not there.
    public func itemDeletion(kind: String, id: String, in trip: String) async throws -> (item: NewItem, holdings: LoggedHoldings) {
        try await read { db in
            let d = try self.loadDelegation(db, trip)
            let item = try Self.item(kind: kind, id: id, in: d)
            return (item, try self.holdings(db, of: item, in: d))
        }
    }

    /// Deletes an event, a leg or a stay that is still at the revision (its `sequence`) the
    /// confirmation page showed, with its participants list, as importing the plan file without
    /// it would, in one transaction. Refused while an event holds anything logged or is placed in
    /// an outline (`eventHolds`, nothing deleted: never silently drop logged material); a changed
    /// item throws `EditConflict<NewItem>` (both versions the stored one).
    public func deleteItem(kind: String, id: String, in trip: String, revision: Int, now: Date = Date()) async throws {
        try await write { db in
            var d = try self.loadDelegation(db, trip)
            let item = try Self.item(kind: kind, id: id, in: d)
            guard item.sequence == revision else { throw EditConflict(current: item, attempted: item, revision: String(item.sequence)) }
            let holdings = try self.holdings(db, of: item, in: d)
            guard holdings.isEmpty else { throw StoreError.eventHolds(id: id, title: Self.title(of: item), holdings) }
            switch item {
            case .event: d.events.removeAll { $0.id == id }
            case .leg: d.legs.removeAll { $0.id == id }
            case .stay: d.stays.removeAll { $0.id == id }
            }
            _ = try self.importPlanBody(d, photoFiles: [:], now: now)(db)
        }
    }

    /// The delegation as stored, read in the transaction.
    private func loadDelegation(_ db: Database, _ trip: String) throws -> Delegation {
        guard let record = try DelegationRecord.fetchOne(db, key: trip) else { throw StoreError.noSuchDelegation(trip, suggestions: []) }
        return try load(db, record)
    }

    /// The item of a kind (`event`, `leg`, `stay`) and id.
    private static func item(kind: String, id: String, in d: Delegation) throws -> NewItem {
        let found: NewItem? =
            switch kind {
            case "event": d.events.first { $0.id == id }.map(NewItem.event)
            case "leg": d.legs.first { $0.id == id }.map(NewItem.leg)
            case "stay": d.stays.first { $0.id == id }.map(NewItem.stay)
            default: nil
            }
        guard let found else { throw StoreError.noSuchItem(kind: kind, id: id, delegation: d.id) }
        return found
    }

    /// An event's title (the holdings message names it by what the user sees), else its id.
    public static func title(of item: NewItem) -> String {
        if case let .event(e) = item { return e.title }
        return item.id
    }

    /// What an event holds (nothing for legs and stays).
    private func holdings(_ db: Database, of item: NewItem, in d: Delegation) throws -> LoggedHoldings {
        guard case let .event(e) = item else { return LoggedHoldings() }
        var h = LoggedHoldings()
        h.notes = try NoteRecord.all().filter(delegation: d.id, event: e.id).fetchCount(db)
        h.photos = try PhotoRecord.all().filter(delegation: d.id, event: e.id).fetchCount(db)
        h.outcomes = try OutcomeRecord.all().filter(delegation: d.id, event: e.id).fetchCount(db)
        h.followUps = try FollowUpRecord.all().filter(delegation: d.id, event: e.id).fetchCount(db)
        h.press = try PressRecord.all().filter(delegation: d.id).filter { $0.eventId == e.id }.fetchCount(db)
        h.peopleMet = try storedCounterparts(db, delegation: d.id, event: e.id).count
        h.outlines = d.outlines.filter { $0.eventIDs.contains(e.id) }.map(\.kind)
        return h
    }
}
