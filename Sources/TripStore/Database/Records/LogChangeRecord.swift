import Foundation
import GRDB

/// A row of `logChange`: one correction of logged material, with the item's stored values
/// before and after it (JSON of `LoggedSnapshot`; NULL when the item did not exist).
struct LogChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "logChange"
    var id: Int64?
    var delegationId: String
    var eventId: String?
    var toEventId: String?
    var kind: String
    var itemKey: String
    var action: String
    var before: String?
    var after: String?
    var actor: String?
    var at: Date
    var undoneBy: Int64?
    var undoes: Int64?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let delegationId = Column(CodingKeys.delegationId)
        static let eventId = Column(CodingKeys.eventId)
        static let toEventId = Column(CodingKeys.toEventId)
        static let kind = Column(CodingKeys.kind)
        static let itemKey = Column(CodingKeys.itemKey)
        static let action = Column(CodingKeys.action)
        static let undoneBy = Column(CodingKeys.undoneBy)
    }
}
