import Foundation
import GRDB
import TripModel

/// A row of `delegation`.
struct DelegationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "delegation"
    var id: String
    var title: String
    var category: TripCategory
    var agency: String
    var homeId: String
    var startDate: String
    var endDate: String
    var countries: String
    var purpose: String?
    var summary: String?
    var suggestions: String?
    var reportDate: String?
    var contactId: String?
    var keywords: String
    var status: DelegationStatus
    var council: String?
    var checks: String?
    var updatedAt: Date
    var headcount: Int?
    var companions: String?
    var planName: String?
    var subjects: String?

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let category = Column(CodingKeys.category)
        static let agency = Column(CodingKeys.agency)
        static let homeId = Column(CodingKeys.homeId)
        static let startDate = Column(CodingKeys.startDate)
        static let endDate = Column(CodingKeys.endDate)
        static let countries = Column(CodingKeys.countries)
        static let purpose = Column(CodingKeys.purpose)
        static let summary = Column(CodingKeys.summary)
        static let suggestions = Column(CodingKeys.suggestions)
        static let reportDate = Column(CodingKeys.reportDate)
        static let contactId = Column(CodingKeys.contactId)
        static let keywords = Column(CodingKeys.keywords)
        static let status = Column(CodingKeys.status)
        static let council = Column(CodingKeys.council)
        static let checks = Column(CodingKeys.checks)
        static let updatedAt = Column(CodingKeys.updatedAt)
        static let headcount = Column(CodingKeys.headcount)
        static let companions = Column(CodingKeys.companions)
        static let planName = Column(CodingKeys.planName)
        static let subjects = Column(CodingKeys.subjects)
        /// Raised by every write to the delegation (`noteChange`); never written from a record.
        static let changeCount = Column("changeCount")
    }
}
