import GRDB
import TripModel

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
    var type: BodyType?
    var openDays: String?
    var closedDays: String?
    var phone: String?

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let id = Column(CodingKeys.id)
        static let position = Column(CodingKeys.position)
        static let name = Column(CodingKeys.name)
        static let localName = Column(CodingKeys.localName)
        static let englishName = Column(CodingKeys.englishName)
        static let organisation = Column(CodingKeys.organisation)
        static let city = Column(CodingKeys.city)
        static let country = Column(CodingKeys.country)
        static let address = Column(CodingKeys.address)
        static let latitude = Column(CodingKeys.latitude)
        static let longitude = Column(CodingKeys.longitude)
        static let zone = Column(CodingKeys.zone)
        static let airportCode = Column(CodingKeys.airportCode)
        static let fromGazetteer = Column(CodingKeys.fromGazetteer)
        static let region = Column(CodingKeys.region)
        static let type = Column(CodingKeys.type)
        static let openDays = Column(CodingKeys.openDays)
        static let closedDays = Column(CodingKeys.closedDays)
        static let phone = Column(CodingKeys.phone)
    }
}
