import Foundation
import GRDB
import TripModel

/// A row of `leg`.
struct LegRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "leg"
    var delegationId: String
    var id: String
    var position: Int
    var mode: TransportMode
    var carrier: String?
    var number: String?
    var fromId: String
    var toId: String
    var departDate: String
    var departAt: Date?
    var departZone: String
    var arriveDate: String?
    var arriveAt: Date?
    var arriveZone: String
    var booking: String?
    var kind: EventKind?
    var remark: String?
    var sequence: Int
    var departBy: String?
    var departPart: DayPart?
    var arrivePart: DayPart?

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let id = Column(CodingKeys.id)
        static let position = Column(CodingKeys.position)
        static let mode = Column(CodingKeys.mode)
        static let carrier = Column(CodingKeys.carrier)
        static let number = Column(CodingKeys.number)
        static let fromId = Column(CodingKeys.fromId)
        static let toId = Column(CodingKeys.toId)
        static let departDate = Column(CodingKeys.departDate)
        static let departAt = Column(CodingKeys.departAt)
        static let departZone = Column(CodingKeys.departZone)
        static let arriveDate = Column(CodingKeys.arriveDate)
        static let arriveAt = Column(CodingKeys.arriveAt)
        static let arriveZone = Column(CodingKeys.arriveZone)
        static let booking = Column(CodingKeys.booking)
        static let kind = Column(CodingKeys.kind)
        static let remark = Column(CodingKeys.remark)
        static let sequence = Column(CodingKeys.sequence)
        static let departBy = Column(CodingKeys.departBy)
        static let departPart = Column(CodingKeys.departPart)
        static let arrivePart = Column(CodingKeys.arrivePart)
    }
}
