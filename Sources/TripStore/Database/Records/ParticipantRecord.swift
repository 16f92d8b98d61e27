import GRDB

/// A row of `participant`: one member taking part in one event, leg or stay.
struct ParticipantRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "participant"
    var delegationId: String
    var itemID: String
    var memberID: String
    var position: Int
}
