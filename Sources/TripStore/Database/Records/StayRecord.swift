import GRDB

/// A row of `stay`.
struct StayRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "stay"
    var delegationId: String
    var id: String
    var position: Int
    var placeId: String
    var checkIn: String
    var checkOut: String
    var booking: String?
    var sequence: Int
    var phone: String?
    var remark: String?

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let id = Column(CodingKeys.id)
        static let position = Column(CodingKeys.position)
        static let placeId = Column(CodingKeys.placeId)
        static let checkIn = Column(CodingKeys.checkIn)
        static let checkOut = Column(CodingKeys.checkOut)
        static let booking = Column(CodingKeys.booking)
        static let sequence = Column(CodingKeys.sequence)
        static let phone = Column(CodingKeys.phone)
        static let remark = Column(CodingKeys.remark)
    }
}
