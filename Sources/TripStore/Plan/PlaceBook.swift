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
    /// Ids and names already reported (unknown, or a declared place that could not be read): a
    /// second mention is not reported again.
    private var failed: Set<String> = []

    init(context: PlanContext, gazetteer: Gazetteer) {
        self.ctx = context
        self.gazetteer = gazetteer
    }

    static let keys = [
        "id", "name", "local_name", "english_name", "organisation", "type", "city", "region", "country",
        "address", "lat", "lon", "tz", "airport", "phone", "open", "closed",
    ]

    /// Reads a declared place (a `places:` entry, or an inline mapping with `fallbackID`).
    @discardableResult
    func declare(_ node: Node, fallbackID: String?) -> String? {
        var allowed = PlaceBook.keys
        if fallbackID != nil { allowed.removeAll { $0 == "id" } }
        let problemsBefore = ctx.errors.count + ctx.uncounted
        guard let f = Fields(node, allowed: allowed, context: ctx, name: "place") else { return nil }
        let id = fallbackID ?? f.id()
        let name = f.text("name", .line, required: true)
        let localName = f.text("local_name", .line)
        let englishName = f.text("english_name", .line)
        let organisation = f.text("organisation", .line)
        let address = f.text("address", .line)
        guard let id else { return nil }
        // Until the place is read whole, a mention of its id is not "unknown" but already reported.
        failed.insert(id)
        if let line = declaredLine[id] {
            // An inline place takes its item's id: say so, since the user wrote no place id.
            ctx.fail(
                f.value("id") ?? node,
                fallbackID == nil
                    ? .duplicateID(kind: "place", id: id, firstLine: line)
                    : .inlinePlaceTaken(id: id, firstLine: line)
            )
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
        var region = f.line("region")
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
            // `Cambridge, MA` names the region after a comma, as `region: MA` does.
            var name = written
            if region == nil, gazetteer.city(named: written, country: country) == nil, let (head, tail) = PlaceBook.qualified(written) {
                name = head
                region = tail
            }
            let found =
                region.map { gazetteer.city(named: name, country: country, region: $0) }
                ?? gazetteer.city(named: name, country: country)
            if let city = found {
                zone = city.zone
                point = city.point
                country = country ?? city.country
                cityName = name
            } else if let region, !gazetteer.cities(named: name).isEmpty {
                let candidates = gazetteer.namesakes(of: name, country: country).prefix(5).map { c in
                    "\(c.name) (\([gazetteer.region(of: c)?.name ?? c.admin1, c.country].compactMap { $0 }.joined(separator: ", ")))"
                }
                ctx.fail(f.value("region") ?? f.value("city"), .value(.unknownRegion(region: region, city: name, candidates: Array(candidates))))
                return nil
            } else {
                if !failed.contains(written) {
                    ctx.fail(f.value("city"), .unknownPlace(written, suggestions: gazetteer.suggestions(for: name, limit: 3)))
                }
                failed.insert(written)
                failed.insert(id)
                return nil
            }
        }
        if let tz = f.string("tz") {
            guard let z = Zone(tz) else {
                ctx.fail(f.value("tz"), .unknownZone(tz))
                failed.insert(id)
                return nil
            }
            zone = z
        }
        let lat = f.double("lat")
        let lon = f.double("lon")
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
            failed.insert(id)
            return nil
        }
        let type = f.bodyType("type")
        let phone = f.phone()
        let openDays = f.openingDays("open")
        let closedDays = f.openingDays("closed")
        failed.remove(id)
        add(
            Place(
                id: id,
                name: name ?? id,
                localName: localName,
                englishName: englishName,
                organisation: organisation,
                city: cityName,
                country: country,
                address: address,
                point: point,
                zone: zone,
                airportCode: code,
                region: region,
                type: type,
                openDays: openDays,
                closedDays: closedDays,
                phone: phone
            ),
            line: node.mark?.line ?? 0
        )
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
            // Reported where it was declared or first written: say it once.
            if failed.contains(text) { return nil }
            let id = fromGazetteer(text, node: node, country: country)
            if id == nil { failed.insert(text) }
            return id
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
            add(
                Place(
                    id: text,
                    name: zh ?? a.city,
                    englishName: a.name,
                    city: a.city,
                    country: a.country,
                    point: a.point,
                    zone: a.zone,
                    airportCode: a.iata ?? a.icao,
                    fromGazetteer: true
                ),
                line: node.mark?.line ?? 0
            )
        case let .city(c):
            // `Cambridge, MA`: the region written after the comma is kept with the place.
            let region = gazetteer.city(named: text, country: country) == nil ? PlaceBook.qualified(text)?.qualifier : nil
            // One city, one name: the gazetteer's zh-Hant name whatever script the plan used (부산 → 釜山).
            add(
                Place(
                    id: text,
                    name: c.zhName ?? text,
                    localName: c.localName,
                    englishName: c.name,
                    city: c.name,
                    country: c.country,
                    point: c.point,
                    zone: c.zone,
                    fromGazetteer: true,
                    region: region
                ),
                line: node.mark?.line ?? 0
            )
        }
        return text
    }

    /// Knows a place already stored (a form edits one item of a stored delegation).
    func adopt(_ place: Place) {
        add(place, line: 0)
    }

    /// `Cambridge, MA` → (`Cambridge`, `MA`).
    static func qualified(_ text: String) -> (name: String, qualifier: String)? {
        guard let cut = text.lastIndex(where: { $0 == "," || $0 == "，" || $0 == "、" }) else { return nil }
        let name = text[..<cut].trimmingCharacters(in: .whitespaces)
        let qualifier = text[text.index(after: cut)...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !qualifier.isEmpty else { return nil }
        return (name, qualifier)
    }

    private func add(_ place: Place, line: Int) {
        guard index[place.id] == nil else { return }
        index[place.id] = places.count
        usedLine[place.id] = line
        places.append(place)
    }
}
