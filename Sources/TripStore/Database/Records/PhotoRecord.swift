import Foundation
import GRDB

/// A row of `photo`.
struct PhotoRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "photo"
    var id: Int64?
    var delegationId: String
    var eventID: String
    var file: String?
    var sha256: String?
    var caption: String?
    var takenAt: Date?
    var createdAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
