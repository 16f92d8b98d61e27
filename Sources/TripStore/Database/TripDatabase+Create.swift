import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Stores a new delegation (the web's "new delegation" form) as an import of it would, in
    /// one transaction that also checks its id: an id given that is already used is refused
    /// (`idTaken`, nothing written); with `allocateID`, the delegation's id is a stem and the
    /// first free of `stem`, `stem-2`, `stem-3`… is taken inside the same transaction.
    /// `organiser`: the organiser account creating it, granted it in the same transaction (nil
    /// for an administrator, who needs no grant).
    public func createDelegation(_ d: Delegation, allocateID: Bool, now: Date = Date(), organiser: Int64? = nil) async throws -> ImportSummary {
        try await write { db in
            var d = d
            if try DelegationRecord.fetchOne(db, key: d.id) != nil {
                guard allocateID else { throw StoreError.idTaken(kind: "delegation", id: d.id) }
                let stem = d.id
                var n = 2
                while try DelegationRecord.fetchOne(db, key: "\(stem)-\(n)") != nil { n += 1 }
                d.id = "\(stem)-\(n)"
            }
            let summary = try self.importPlanBody(d, photoFiles: [:], now: now)(db)
            try Self.grantCreator(db, userID: organiser, delegation: d.id, created: true, now: now)
            return summary
        }
    }
}
