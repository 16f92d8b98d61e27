import GRDB
import TripModel

/// A row of `member`.
struct MemberRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "member"
    var delegationId: String
    var id: String
    var position: Int
    var unit: String
    var title: String
    var name: String
    var rank: String?
    var email: String?
    var role: MemberRole
    var phone: String?

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let id = Column(CodingKeys.id)
        static let position = Column(CodingKeys.position)
        static let unit = Column(CodingKeys.unit)
        static let title = Column(CodingKeys.title)
        static let name = Column(CodingKeys.name)
        static let rank = Column(CodingKeys.rank)
        static let email = Column(CodingKeys.email)
        static let role = Column(CodingKeys.role)
        static let phone = Column(CodingKeys.phone)
    }
}
