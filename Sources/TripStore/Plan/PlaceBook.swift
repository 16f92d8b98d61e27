import Foundation
import Gazetteer
import TripModel
import Yams

/// The places of one plan: declared ones by id, and the ones the gazetteer fills in for an
/// airport code or city name written in place of an id.
final class PlaceBook {
    private let ctx: PlanContext
    private let gazetteer: Gazetteer
    private(set) var places: [Place] = []
    private var index: [String: Int] = [:]
    private var declaredLine: [String: Int] = [:]
    /// Where each place first appears (declared, or written as a city or code).
    private var usedLine: [String: Int] = [:]
    /// Declared places that could not be read: their problems are reported where they are, and
    /// references to them are not reported again.
    private var broken: Set<String> = []

    init(context: PlanContext, gazetteer: Gazetteer) {
        self.ctx = context
        self.gazetteer = gazetteer
    }

    static let keys = ["id", "name", "local_name", "english_name", "organisation", "city", "country",
                       "address", "lat", "lon", "tz", "airport"]

    /// Reads a declared place (a `places:` entry, or an inline mapping with `fallbackID`).
    @discardableResult
    func declare(_ node: Node, fallbackID: String?) -> String? {
        var allowed = PlaceBook.keys
        if fallbackID != nil { allowed.removeAll { $0 == "id" } }
        let problemsBefore = ctx.errors.count + ctx.uncounted
        guard let f = Fields(node, allowed: allowed, context: ctx, name: "place") else { return nil }
        let id = fallbackID ?? f.id()
        let name = f.text("name", .line, required: true)
        let localName = f.text("local_name", .line), englishName = f.text("english_name", .line)
        let organisation = f.text("organisation", .line), address = f.text("address", .line)
        guard let id else { return nil }
        if let line = declaredLine[id] {
            // An inline place takes its item's id: say so, since the user wrote no place id.
            ctx.fail(f.value("id") ?? node, fallbackID == nil ? .duplicateID(kind: "place", id: id, firstLine: line)
                                                             : .inlinePlaceTaken(id: id, firstLine: line))
            return nil
        }
        if index[id] != nil {
            // A city or airport written elsewhere already stands under this id.
            ctx.fail(node, .inlinePlaceTaken(id: id, firstLine: usedLine[id] ?? 0))
            return nil
        }
        declaredLine[id] = node.mark?.line ?? 0

        var country = f.string("country")?.uppercased()
        if let code = country, !Gazetteer.isCountryCode(code) {
            ctx.fail(f.value("country"), .unknownCountry(code, suggestion: Gazetteer.countryCode(named: f.string("country") ?? code)))
            country = nil
        }
        var zone: Zone?
        var point: GeoPoint?
        let writtenCity = f.text("city", .line)
        var cityName = writtenCity
        let code = f.string("airport")?.uppercased()
        if let code {
            if let airport = gazetteer.airport(code: code) {
                zone = airport.zone
                point = airport.point
                country = country ?? airport.country
                cityName = cityName ?? airport.city
            } else {
                ctx.fail(f.value("airport"), .unknownPlace(code, suggestions: gazetteer.suggestions(for: code, limit: 3)))
            }
        }
        if let written = writtenCity, code == nil {
            if let city = gazetteer.city(named: written, country: country) {
                zone = city.zone
                point = city.point
                country = country ?? city.country
            } else {
                ctx.fail(f.value("city"), .unknownPlace(written, suggestions: gazetteer.suggestions(for: written, limit: 3)))
                broken.insert(id)
                return nil
            }
        }
        if let tz = f.string("tz") {
            guard let z = Zone(tz) else {
                ctx.fail(f.value("tz"), .unknownZone(tz))
                broken.insert(id)
                return nil
            }
            zone = z
        }
        let lat = f.double("lat"), lon = f.double("lon")
        if lat != nil || lon != nil {
            if let lat, let lon, abs(lat) <= 90, abs(lon) <= 180 {
                point = GeoPoint(latitude: lat, longitude: lon)
            } else {
                ctx.fail(f.value("lat") ?? f.value("lon"), .badCoordinates("\(lat.map { "\($0)" } ?? "?"), \(lon.map { "\($0)" } ?? "?")"))
            }
        }
        guard let zone else {
            // A zone given wrongly is reported where it is written; a place whose fields hold
            // no mistake but give no zone is reported as such.
            if ctx.errors.count + ctx.uncounted == problemsBefore { ctx.fail(node, .placeWithoutZone(id)) }
            broken.insert(id)
            return nil
        }
        add(Place(id: id, name: name ?? id, localName: localName, englishName: englishName,
                  organisation: organisation, city: cityName, country: country,
                  address: address, point: point, zone: zone, airportCode: code), line: node.mark?.line ?? 0)
        return id
    }

    /// Resolves a reference written on an item: a declared id, an airport code, a city name, or
    /// an inline mapping (which becomes a place with the item's id).
    func reference(_ node: Node, itemID: String?, country: String? = nil) -> String? {
        switch node {
        case .mapping:
            return declare(node, fallbackID: itemID)
        case let .scalar(s):
            let text = s.string.trimmingCharacters(in: .whitespaces)
            if index[text] != nil { return text }
            if broken.contains(text) { return nil }
            return fromGazetteer(text, node: node, country: country)
        default:
            ctx.fail(node, .wrongType(key: "place", expected: "text"))
            return nil
        }
    }

    /// The place with an id.
    func place(_ id: String?) -> Place? {
        guard let id, let i = index[id] else { return nil }
        return places[i]
    }

    private func fromGazetteer(_ text: String, node: Node, country: String?) -> String? {
        let match: GazetteerMatch
        do {
            match = try gazetteer.resolve(text, country: country)
        } catch {
            let declared = places.filter { !$0.fromGazetteer }.map(\.id)
            let near = NearestNames.nearest(to: text, among: declared, limit: 2) + error.suggestions
            ctx.fail(node, .unknownPlace(text, suggestions: Array(near.prefix(4))))
            return nil
        }
        switch match {
        case let .airport(a):
            let zh = a.zhName ?? gazetteer.city(named: a.city, country: a.country)?.zhName
            add(Place(id: text, name: zh ?? a.city, englishName: a.name, city: a.city, country: a.country,
                      point: a.point, zone: a.zone, airportCode: a.iata ?? a.icao, fromGazetteer: true), line: node.mark?.line ?? 0)
        case let .city(c):
            add(Place(id: text, name: text, localName: c.country == "JP" ? c.jaName : nil, englishName: c.name, city: c.name,
                      country: c.country, point: c.point, zone: c.zone, fromGazetteer: true), line: node.mark?.line ?? 0)
        }
        return text
    }

    private func add(_ place: Place, line: Int) {
        guard index[place.id] == nil else { return }
        index[place.id] = places.count
        usedLine[place.id] = line
        places.append(place)
    }
}
