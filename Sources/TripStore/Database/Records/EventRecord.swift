import Foundation
import GRDB

/// A row of `event`.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event"
    var delegationId: String
    var id: String
    var position: Int
    var kind: String
    var title: String
    var host: String?
    var counterparts: String
    var placeID: String?
    var zone: String
    var startDate: String
    var startAt: Date?
    var endDate: String?
    var endAt: Date?
    var themes: String
    var sequence: Int
    var startPart: String?
    var hostType: String?
    var liaison: String?
    var phone: String?
    var remark: String?
    var area: String?
}
