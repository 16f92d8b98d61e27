import Foundation
import GRDB

/// A row of `accessGrant`: an organiser or viewer account's access to one delegation.
struct GrantRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "accessGrant"
    var userId: Int64
    var delegationId: String
    var role: WebRole
    var grantedAt: Date

    /// The columns, named from the coding keys.
    enum Columns {
        static let userId = Column(CodingKeys.userId)
        static let delegationId = Column(CodingKeys.delegationId)
        static let role = Column(CodingKeys.role)
        static let grantedAt = Column(CodingKeys.grantedAt)
    }
}
