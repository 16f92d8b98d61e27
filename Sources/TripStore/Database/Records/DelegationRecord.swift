import Foundation
import GRDB

/// A row of `delegation`.
struct DelegationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "delegation"
    var id: String
    var title: String
    var category: String
    var agency: String
    var homeID: String
    var startDate: String
    var endDate: String
    var countries: String
    var purpose: String?
    var summary: String?
    var suggestions: String?
    var reportDate: String?
    var contactID: String?
    var keywords: String
    var status: String
    var council: String?
    var checks: String?
    var updatedAt: Date
    var headcount: Int?
    var companions: String?
    var planName: String?
    var subjects: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let startDate = Column(CodingKeys.startDate)
    }
}
