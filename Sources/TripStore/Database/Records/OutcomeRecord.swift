import GRDB

/// A row of `outcome`.
struct OutcomeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "outcome"
    var id: Int64?
    var delegationId: String
    var eventID: String
    var text: String
    var date: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
