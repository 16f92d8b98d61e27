/// What a place name or code resolved to.
public enum GazetteerMatch: Hashable, Sendable {
    /// An airport, named by its IATA or ICAO code.
    case airport(Airport)
    /// A city, named in any script.
    case city(City)
}
