import Foundation
import GRDB

/// A row of `note`.
struct NoteRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "note"
    var id: Int64?
    var delegationId: String
    var eventId: String
    var text: String
    var author: String?
    var createdAt: Date?
    var updatedAt: Date?
    var revision: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let delegationId = Column(CodingKeys.delegationId)
        static let eventId = Column(CodingKeys.eventId)
        static let text = Column(CodingKeys.text)
        static let author = Column(CodingKeys.author)
        static let createdAt = Column(CodingKeys.createdAt)
        static let updatedAt = Column(CodingKeys.updatedAt)
        static let revision = Column(CodingKeys.revision)
    }
}
