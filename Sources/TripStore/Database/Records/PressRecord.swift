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
    var eventId: String?

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let id = Column(CodingKeys.id)
        static let position = Column(CodingKeys.position)
        static let date = Column(CodingKeys.date)
        static let outlet = Column(CodingKeys.outlet)
        static let headline = Column(CodingKeys.headline)
        static let url = Column(CodingKeys.url)
        static let image = Column(CodingKeys.image)
        static let language = Column(CodingKeys.language)
        static let remark = Column(CodingKeys.remark)
        static let eventId = Column(CodingKeys.eventId)
    }
}
