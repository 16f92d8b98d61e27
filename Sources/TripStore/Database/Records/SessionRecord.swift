import Foundation
import GRDB

/// A row of `session`: a signed-in browser, its token stored as its digest.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
    var tokenHash: String
    var userId: Int64
    var csrfSecret: String
    var createdAt: Date
    var expiresAt: Date

    /// The columns, named from the coding keys.
    enum Columns {
        static let tokenHash = Column(CodingKeys.tokenHash)
        static let userId = Column(CodingKeys.userId)
        static let csrfSecret = Column(CodingKeys.csrfSecret)
        static let createdAt = Column(CodingKeys.createdAt)
        static let expiresAt = Column(CodingKeys.expiresAt)
    }
}
