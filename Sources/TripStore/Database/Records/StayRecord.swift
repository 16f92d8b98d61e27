import GRDB

/// A row of `stay`.
struct StayRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "stay"
    var delegationId: String
    var id: String
    var position: Int
    var placeID: String
    var checkIn: String
    var checkOut: String
    var booking: String?
    var sequence: Int
    var phone: String?
    var remark: String?
}
