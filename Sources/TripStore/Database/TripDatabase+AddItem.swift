import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Adds an event, leg or stay (with the places it named) after the delegation's others, as
    /// importing the delegation's plan file with the item written at its end would, in one
    /// transaction that reads the delegation, checks the id and gives one: an id given that an
    /// item of the delegation already has is refused (`idTaken`); with `allocateID` the first
    /// free `KIND-N` is taken. Returns the item's id.
    public func addItem(_ item: NewItem, places: [Place], to trip: String, allocateID: Bool, now: Date = Date()) async throws -> String {
        try await write { db in
            guard let record = try DelegationRecord.fetchOne(db, key: trip) else {
                throw StoreError.noSuchDelegation(trip, suggestions: [])
            }
            var d = try self.load(db, record)
            // Events, legs and stays share one namespace of ids.
            let taken = Set(d.events.map(\.id) + d.legs.map(\.id) + d.stays.map(\.id))
            var item = item
            if allocateID {
                var n = 1
                while taken.contains("\(item.kind)-\(n)") { n += 1 }
                item = item.with(id: "\(item.kind)-\(n)")
            } else if taken.contains(item.id) {
                throw StoreError.idTaken(kind: item.kind, id: item.id)
            }
            // A place named meanwhile by another item keeps the copy already stored.
            let known = Set(d.places.map(\.id))
            d.places += places.filter { !known.contains($0.id) }
            let named: [String?]
            switch item {
            case let .event(e):
                d.events.append(e)
                named = [e.placeID]
            case let .leg(l):
                d.legs.append(l)
                named = [l.fromID, l.toID]
            case let .stay(s):
                d.stays.append(s)
                named = []
            }
            // 派赴國家 as a plan file without `countries` has them: each country an event or leg
            // goes to that is not home's, in the order they come.
            let home = d.place(d.homeID)?.country
            for id in named.compactMap({ $0 }) {
                if let c = d.place(id)?.country, c != home, !d.countries.contains(c) { d.countries.append(c) }
            }
            _ = try self.importPlanBody(d, photoFiles: [:], now: now)(db)
            return item.id
        }
    }
}
