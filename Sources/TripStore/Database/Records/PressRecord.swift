import GRDB

/// A row of `pressItem`.
struct PressRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pressItem"
    var delegationId: String
    var id: String
    var position: Int
    var date: String
    var outlet: String
    var headline: String?
    var url: String?
    var image: String?
    var language: String?
    var remark: String?
    var eventID: String?
}
