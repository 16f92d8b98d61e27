import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Saves an item's form (a leg or a stay; an event too): replaces the stored item of the
    /// same id with `item`, as importing the delegation's plan file with that entry changed
    /// would, in one transaction that reads the delegation and checks that the item's stored
    /// `sequence` is still the form's `revision` (every change of an item raises it, a plan
    /// import too). A changed item throws `EditConflict<NewItem>` with both versions and saves
    /// nothing; an item no longer there throws `noSuchItem`. The item keeps its place in the
    /// schedule's order; places it names that the delegation has not yet are added.
    public func editItem(_ item: NewItem, places: [Place], in trip: String, revision: Int, now: Date = Date()) async throws {
        try await write { db in
            guard let record = try DelegationRecord.fetchOne(db, key: trip) else {
                throw StoreError.noSuchDelegation(trip, suggestions: [])
            }
            var d = try self.load(db, record)
            let named: [String?]
            let current: NewItem
            switch item {
            case var .event(e):
                guard let i = d.events.firstIndex(where: { $0.id == e.id }) else {
                    throw StoreError.noSuchItem(kind: item.kind, id: item.id, delegation: trip)
                }
                current = .event(d.events[i])
                e.sequence = d.events[i].sequence
                d.events[i] = e
                named = [e.placeID]
            case var .leg(l):
                guard let i = d.legs.firstIndex(where: { $0.id == l.id }) else {
                    throw StoreError.noSuchItem(kind: item.kind, id: item.id, delegation: trip)
                }
                current = .leg(d.legs[i])
                l.sequence = d.legs[i].sequence
                d.legs[i] = l
                named = [l.fromID, l.toID]
            case var .stay(s):
                guard let i = d.stays.firstIndex(where: { $0.id == s.id }) else {
                    throw StoreError.noSuchItem(kind: item.kind, id: item.id, delegation: trip)
                }
                current = .stay(d.stays[i])
                s.sequence = d.stays[i].sequence
                d.stays[i] = s
                named = []
            }
            guard current.sequence == revision else {
                throw EditConflict(current: current, attempted: item, revision: String(current.sequence))
            }
            let known = Set(d.places.map(\.id))
            d.places += places.filter { !known.contains($0.id) }
            // 派赴國家 as a plan file without `countries` has them (as `addItem` does).
            let home = d.place(d.homeID)?.country
            for id in named.compactMap({ $0 }) {
                if let c = d.place(id)?.country, c != home, !d.countries.contains(c) { d.countries.append(c) }
            }
            _ = try self.importPlanBody(d, photoFiles: [:], now: now)(db)
        }
    }
}
