import Foundation
import GRDB

/// A row of `signInCode`: a one-time code, stored as its digest.
struct SignInCodeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "signInCode"
    var codeHash: String
    var userId: Int64
    var expiresAt: Date
    var usedAt: Date?

    /// The columns, named from the coding keys.
    enum Columns {
        static let codeHash = Column(CodingKeys.codeHash)
        static let userId = Column(CodingKeys.userId)
        static let expiresAt = Column(CodingKeys.expiresAt)
        static let usedAt = Column(CodingKeys.usedAt)
    }
}
