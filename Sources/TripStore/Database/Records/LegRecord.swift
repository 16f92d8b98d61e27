import Foundation
import GRDB

/// A row of `leg`.
struct LegRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "leg"
    var delegationId: String
    var id: String
    var position: Int
    var mode: String
    var carrier: String?
    var number: String?
    var fromID: String
    var toID: String
    var departDate: String
    var departAt: Date?
    var departZone: String
    var arriveDate: String?
    var arriveAt: Date?
    var arriveZone: String
    var booking: String?
    var kind: String?
    var remark: String?
    var sequence: Int
    var departBy: String?
    var departPart: String?
    var arrivePart: String?
}
