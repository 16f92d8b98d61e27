import GRDB

/// A row of `participant`: one member taking part in one event, leg or stay.
struct ParticipantRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "participant"
    var delegationId: String
    var itemId: String
    var memberId: String
    var position: Int

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let itemId = Column(CodingKeys.itemId)
        static let memberId = Column(CodingKeys.memberId)
        static let position = Column(CodingKeys.position)
    }
}
