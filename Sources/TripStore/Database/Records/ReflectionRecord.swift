import GRDB

/// A row of `reflection`.
struct ReflectionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reflection"
    var delegationId: String
    var position: Int
    var theme: String?
    var text: String

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let position = Column(CodingKeys.position)
        static let theme = Column(CodingKeys.theme)
        static let text = Column(CodingKeys.text)
    }
}
