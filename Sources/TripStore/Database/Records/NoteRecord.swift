import Foundation
import GRDB

/// A row of `note`.
struct NoteRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "note"
    var id: Int64?
    var delegationId: String
    var eventID: String
    var text: String
    var author: String?
    var createdAt: Date?
    var updatedAt: Date?
    var revision: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
