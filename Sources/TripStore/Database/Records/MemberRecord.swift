import GRDB

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
    var role: String
    var phone: String?
}
