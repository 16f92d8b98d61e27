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
    /// anything logged or edited): one cheap query, for callers that cache what they derive
    /// from `delegation(_:)`.
    public func changeStamp(delegation id: String) throws -> String {
        try read(changeStampBody(delegation: id))
    }

    /// `changeStamp` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func changeStamp(delegation id: String) async throws -> String {
        try await read(changeStampBody(delegation: id))
    }

    /// The read of `changeStamp`.
    private func changeStampBody(delegation id: String) -> @Sendable (Database) throws -> String {
        { db in
            try String.fetchOne(db, sql: """
                SELECT COALESCE((SELECT updatedAt || '#' || changeCount FROM delegation WHERE id = ?1), '-')
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) || '.' || COALESCE(SUM(revision), 0) FROM note WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) FROM photo WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) FROM outcome WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) FROM followUp WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) FROM pressItem WHERE delegationId = ?1)
                """, arguments: [id]) ?? "-"
        }
    }
}
