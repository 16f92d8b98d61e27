import GRDB
import TripModel

/// A row of `followUp`.
struct FollowUpRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "followUp"
    var id: Int64?
    var delegationId: String
    var eventId: String
    var task: String
    var owner: String?
    var due: String?
    var status: FollowUpStatus

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let delegationId = Column(CodingKeys.delegationId)
        static let eventId = Column(CodingKeys.eventId)
        static let task = Column(CodingKeys.task)
        static let owner = Column(CodingKeys.owner)
        static let due = Column(CodingKeys.due)
        static let status = Column(CodingKeys.status)
    }
}
