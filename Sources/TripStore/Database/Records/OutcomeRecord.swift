import GRDB

/// A row of `outcome`.
struct OutcomeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "outcome"
    var id: Int64?
    var delegationId: String
    var eventId: String
    var text: String
    var date: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let delegationId = Column(CodingKeys.delegationId)
        static let eventId = Column(CodingKeys.eventId)
        static let text = Column(CodingKeys.text)
        static let date = Column(CodingKeys.date)
    }
}
