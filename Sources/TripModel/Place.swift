/// Where something happens: an office, a site, an airport, a city.
public struct Place: Hashable, Sendable, Identifiable {
    /// Stable id within the delegation (for a gazetteer reference: the code or name written).
    public var id: String
    /// Name in zh-Hant.
    public var name: String
    /// Name in the local script (e.g. Japanese), when different.
    public var localName: String?
    /// Name in English.
    public var englishName: String?
    /// The organisation at this place, if it is an office or site.
    public var organisation: String?
    /// City name.
    public var city: String?
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    /// First-level region (state, prefecture, province) as the plan wrote it, which also picked
    /// the city among those of the same name (`MA` for Cambridge, Massachusetts).
    public var region: String?
    /// Street address.
    public var address: String?
    /// Coordinates, when known.
    public var point: GeoPoint?
    /// IANA zone of the place.
    public var zone: Zone
    /// IATA airport code, when the place is an airport.
    public var airportCode: String?
    /// What kind of body is here (an office, a venue…), when the plan says.
    public var type: BodyType?
    /// Days it opens although its type would close (`open: [weekend]` for a museum).
    public var openDays: [OpeningDay]
    /// Days it closes although its type would open (`closed: [mon]` for a museum).
    public var closedDays: [OpeningDay]
    /// Phone number (a host's switchboard, a hotel's front desk).
    public var phone: String?
    /// True when the plan named this place only by an airport code or city name, so the
    /// gazetteer filled it in; such places are written back as that name.
    public var fromGazetteer: Bool

    /// Creates a place.
    public init(
        id: String,
        name: String,
        localName: String? = nil,
        englishName: String? = nil,
        organisation: String? = nil,
        city: String? = nil,
        country: String? = nil,
        address: String? = nil,
        point: GeoPoint? = nil,
        zone: Zone,
        airportCode: String? = nil,
        fromGazetteer: Bool = false,
        region: String? = nil,
        type: BodyType? = nil,
        openDays: [OpeningDay] = [],
        closedDays: [OpeningDay] = [],
        phone: String? = nil
    ) {
        self.id = id
        self.name = name
        self.localName = localName
        self.englishName = englishName
        self.organisation = organisation
        self.city = city
        self.country = country
        self.address = address
        self.point = point
        self.zone = zone
        self.airportCode = airportCode
        self.fromGazetteer = fromGazetteer
        self.region = region
        self.type = type
        self.openDays = openDays
        self.closedDays = closedDays
        self.phone = phone
    }
}
