import GRDB

/// A row of `followUp`.
struct FollowUpRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "followUp"
    var id: Int64?
    var delegationId: String
    var eventID: String
    var task: String
    var owner: String?
    var due: String?
    var status: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
