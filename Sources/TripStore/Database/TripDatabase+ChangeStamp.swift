import Foundation
import GRDB

extension TripDatabase {
    /// Migration "v4-change-count": a counter on each delegation that every write to it raises in
    /// its own transaction, so a cache can tell that anything changed (a caption, a person met,
    /// a clipping edited from the command line) with one cheap query.
    static func migrateChangeCount(_ db: Database) throws {
        try db.alter(table: "delegation") { t in
            t.add(column: "changeCount", .integer).notNull().defaults(to: 0)
        }
    }

    /// Raises the delegation's change counter; every write calls it inside its transaction.
    func noteChange(_ db: Database, delegation: String) throws {
        try DelegationRecord.filter(key: delegation).updateAll(db) { $0.changeCount += 1 }
    }

    /// A short text that changes whenever anything of a delegation changes (a plan import,
    /// anything logged or edited), for callers that cache what they derive from
    /// `delegation(_:)`. It is the delegation's row alone (when it was imported, and the counter
    /// every write raises in its transaction), read by primary key: its cost does not grow with
    /// the notes, photos or delegations stored. It once summed every note's revision, 44 ms per
    /// page with 188,669 notes.
    public func changeStamp(delegation id: String) throws -> String {
        try read(changeStampBody(delegation: id))
    }

    /// `changeStamp` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func changeStamp(delegation id: String) async throws -> String {
        try await read(changeStampBody(delegation: id))
    }

    /// The read of `changeStamp`: `-` for a delegation that is not stored.
    private func changeStampBody(delegation id: String) -> @Sendable (Database) throws -> String {
        { db in
            let request = DelegationRecord.filter(key: id)
                .select(DelegationRecord.Columns.updatedAt, DelegationRecord.Columns.changeCount)
            guard let row = try Row.fetchOne(db, request) else { return "-" }
            let updatedAt: String = row[0]
            let count: Int64 = row[1]
            return updatedAt + "#" + String(count)
        }
    }
}
