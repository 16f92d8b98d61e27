import Foundation
import GRDB

/// A row of `calendarToken`: a secret feed address, stored as its digest.
struct CalendarTokenRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "calendarToken"
    var tokenHash: String
    var delegationId: String
    var memberId: String?
    var createdAt: Date

    /// The columns, named from the coding keys.
    enum Columns {
        static let tokenHash = Column(CodingKeys.tokenHash)
        static let delegationId = Column(CodingKeys.delegationId)
        static let memberId = Column(CodingKeys.memberId)
        static let createdAt = Column(CodingKeys.createdAt)
    }
}
