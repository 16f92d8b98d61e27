import GRDB

/// A row of `reflection`.
struct ReflectionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reflection"
    var delegationId: String
    var position: Int
    var theme: String?
    var text: String
}
