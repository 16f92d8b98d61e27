import TripModel

/// The parts of a place the rules read, held once by reference: items and chains point at it
/// instead of copying a `Place` and its strings for every item and member.
final class Spot {
    let id: String
    let name: String
    let englishName: String?
    let localName: String?
    let city: String?
    let country: String?
    let point: GeoPoint?
    let zone: Zone
    let airportCode: String?
    let organisation: String?
    let region: String?
    let type: BodyType?
    let openDays: [OpeningDay]
    let closedDays: [OpeningDay]
    /// What the place's own names say the body is, once judged by the closed-day rule: outer
    /// nil until then; inner nil when they say nothing.
    var namedBody: (type: BodyType, name: String)??

    init(_ p: Place) {
        id = p.id
        name = p.name
        englishName = p.englishName
        localName = p.localName
        city = p.city
        country = p.country
        point = p.point
        zone = p.zone
        airportCode = p.airportCode
        organisation = p.organisation
        region = p.region
        type = p.type
        openDays = p.openDays
        closedDays = p.closedDays
    }
}
