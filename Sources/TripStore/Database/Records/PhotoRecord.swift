import Foundation
import GRDB

/// A row of `photo`.
struct PhotoRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "photo"
    var id: Int64?
    var delegationId: String
    var eventId: String
    var file: String?
    var sha256: String?
    var caption: String?
    var takenAt: Date?
    var createdAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let delegationId = Column(CodingKeys.delegationId)
        static let eventId = Column(CodingKeys.eventId)
        static let file = Column(CodingKeys.file)
        static let sha256 = Column(CodingKeys.sha256)
        static let caption = Column(CodingKeys.caption)
        static let takenAt = Column(CodingKeys.takenAt)
        static let createdAt = Column(CodingKeys.createdAt)
    }
}
