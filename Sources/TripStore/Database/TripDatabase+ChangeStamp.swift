import Foundation
import GRDB

extension TripDatabase {
    /// A short text that changes whenever a delegation's plan is re-imported or something is
    /// logged on it (notes added or edited, photos, outcomes, follow-ups, press): one cheap
    /// query, for callers that cache what they derive from `delegation(_:)`.
    public func changeStamp(delegation id: String) throws -> String {
        try reader.read { db in
            try String.fetchOne(db, sql: """
                SELECT COALESCE((SELECT updatedAt FROM delegation WHERE id = ?1), '-')
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) || '.' || COALESCE(SUM(revision), 0) FROM note WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) FROM photo WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) FROM outcome WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) || '.' || COALESCE(MAX(id), 0) FROM followUp WHERE delegationId = ?1)
                  || '|' || (SELECT COUNT(*) FROM pressItem WHERE delegationId = ?1)
                """, arguments: [id]) ?? "-"
        }
    }
}
