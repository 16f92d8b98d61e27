import TripModel

/// An airport from the bundled `airportsdata` table.
public struct Airport: Hashable, Sendable {
    /// IATA code (`FUK`), when the airport has one.
    public let iata: String?
    /// ICAO code (`RJFF`).
    public let icao: String
    /// English name, e.g. `Fukuoka Airport`.
    public let name: String
    /// The city it serves, in English.
    public let city: String
    /// ISO 3166-1 alpha-2 country code.
    public let country: String
    /// IANA zone of the airport.
    public let zone: Zone
    /// Coordinates (4 decimals).
    public let point: GeoPoint
    /// Short Traditional Chinese name as itineraries write it (`桃園` for TPE), when curated.
    public let zhName: String?
    /// Full Traditional Chinese name (`臺灣桃園國際機場`), when curated.
    public let zhFullName: String?

    /// Creates an airport.
    public init(
        iata: String?,
        icao: String,
        name: String,
        city: String,
        country: String,
        zone: Zone,
        point: GeoPoint,
        zhName: String? = nil,
        zhFullName: String? = nil
    ) {
        self.zhName = zhName
        self.zhFullName = zhFullName
        self.iata = iata
        self.icao = icao
        self.name = name
        self.city = city
        self.country = country
        self.zone = zone
        self.point = point
    }

    /// The code people write: IATA when there is one, else ICAO.
    public var code: String { iata ?? icao }
}
