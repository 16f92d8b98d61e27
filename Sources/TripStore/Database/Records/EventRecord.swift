import Foundation
import GRDB
import TripModel

/// A row of `event`.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event"
    var delegationId: String
    var id: String
    var position: Int
    var kind: EventKind
    var title: String
    var host: String?
    var counterparts: String
    var placeId: String?
    var zone: String
    var startDate: String
    var startAt: Date?
    var endDate: String?
    var endAt: Date?
    var themes: String
    var sequence: Int
    var startPart: DayPart?
    var hostType: BodyType?
    var liaison: String?
    var phone: String?
    var remark: String?
    var area: String?

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let id = Column(CodingKeys.id)
        static let position = Column(CodingKeys.position)
        static let kind = Column(CodingKeys.kind)
        static let title = Column(CodingKeys.title)
        static let host = Column(CodingKeys.host)
        static let counterparts = Column(CodingKeys.counterparts)
        static let placeId = Column(CodingKeys.placeId)
        static let zone = Column(CodingKeys.zone)
        static let startDate = Column(CodingKeys.startDate)
        static let startAt = Column(CodingKeys.startAt)
        static let endDate = Column(CodingKeys.endDate)
        static let endAt = Column(CodingKeys.endAt)
        static let themes = Column(CodingKeys.themes)
        static let sequence = Column(CodingKeys.sequence)
        static let startPart = Column(CodingKeys.startPart)
        static let hostType = Column(CodingKeys.hostType)
        static let liaison = Column(CodingKeys.liaison)
        static let phone = Column(CodingKeys.phone)
        static let remark = Column(CodingKeys.remark)
        static let area = Column(CodingKeys.area)
    }
}
