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
        guard let f = Fields(node, allowed: allowed, context: ctx, name: "place") else { return nil }
        let id = fallbackID ?? f.id()
        let name = f.string("name", required: true)
        guard let id else { return nil }
        if let line = declaredLine[id] {
            ctx.fail(f.value("id") ?? node, .duplicateID(kind: "place", id: id, firstLine: line))
            return nil
        }
        declaredLine[id] = node.mark?.line ?? 0

        var country = f.string("country")?.uppercased()
        var zone: Zone?
        var point: GeoPoint?
        var cityName = f.string("city")
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
        if let written = f.string("city"), code == nil {
            if let city = gazetteer.city(named: written, country: country) {
                zone = city.zone
                point = city.point
                country = country ?? city.country
            } else {
                ctx.fail(f.value("city"), .unknownPlace(written, suggestions: gazetteer.suggestions(for: written, limit: 3)))
                return nil
            }
        }
        if let tz = f.string("tz") {
            guard let z = Zone(tz) else {
                ctx.fail(f.value("tz"), .unknownZone(tz))
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
            if code == nil { ctx.fail(node, .placeWithoutZone(id)) }
            return nil
        }
        add(Place(id: id, name: name ?? id, localName: f.string("local_name"), englishName: f.string("english_name"),
                  organisation: f.string("organisation"), city: cityName, country: country,
                  address: f.string("address"), point: point, zone: zone, airportCode: code))
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
                      point: a.point, zone: a.zone, airportCode: a.iata ?? a.icao, fromGazetteer: true))
        case let .city(c):
            add(Place(id: text, name: text, localName: c.country == "JP" ? c.jaName : nil, englishName: c.name, city: c.name,
                      country: c.country, point: c.point, zone: c.zone, fromGazetteer: true))
        }
        return text
    }

    /// Knows a place already stored (a form edits one item of a stored delegation).
    func adopt(_ place: Place) {
        guard index[place.id] == nil else { return }
        add(place)
    }

    private func add(_ place: Place) {
        index[place.id] = places.count
        places.append(place)
    }
}
