import GRDB

/// A row of `webSecret`: a named server secret.
struct WebSecretRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "webSecret"
    var name: String
    var value: String

    /// The columns, named from the coding keys.
    enum Columns {
        static let name = Column(CodingKeys.name)
        static let value = Column(CodingKeys.value)
    }
}
