import GRDB

/// A row of `place`.
struct PlaceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "place"
    var delegationId: String
    var id: String
    var position: Int
    var name: String
    var localName: String?
    var englishName: String?
    var organisation: String?
    var city: String?
    var country: String?
    var address: String?
    var latitude: Double?
    var longitude: Double?
    var zone: String
    var airportCode: String?
    var fromGazetteer: Bool
    var region: String?
    var type: String?
    var openDays: String?
    var closedDays: String?
    var phone: String?
}
