import Gazetteer
import TripModel

/// Places as the report names them: a city by its zh-Hant name from the gazetteer whatever the
/// plan wrote (Boston, 波士頓, New York City → 紐約), an airport by the short name itineraries use
/// (桃園), so that one city has one name in every table and sentence.
extension ReportContext {
    /// The city a place is in, as the gazetteer knows it (nil for a place it cannot place).
    func city(of place: Place?) -> City? {
        guard let place else { return nil }
        if let code = place.airportCode, let airport = gazetteer.airport(code: code) {
            return gazetteer.city(named: airport.city, country: airport.country)
        }
        guard let name = place.city else { return nil }
        if let region = place.region, let c = gazetteer.city(named: name, country: place.country, region: region) { return c }
        return gazetteer.city(named: name, country: place.country)
    }

    /// The zh-Hant name of a place's city (`波士頓`), else the city as written, else nil. An
    /// airport is named as itineraries name it (桃園, not the Taipei it serves; 札幌 for CTS).
    func cityName(_ place: Place?) -> String? {
        guard let place else { return nil }
        if let code = place.airportCode, let airport = gazetteer.airport(code: code) {
            if let short = airport.zhName { return short }
            if place.name.cjkCount > 0 { return place.name }
        }
        if let c = city(of: place) { return c.zhName ?? place.city ?? c.name }
        return place.city
    }

    /// How a leg's route names a place: an airport by its short zh-Hant name (桃園, 成田), a
    /// city by its zh-Hant name, else the place's own name.
    func routeName(_ place: Place?) -> String? {
        guard let place else { return nil }
        if let code = place.airportCode, let airport = gazetteer.airport(code: code) {
            return airport.zhName ?? cityName(place) ?? place.name
        }
        if place.fromGazetteer, let name = cityName(place) { return name }
        if let name = cityName(place), name.cjkCount > 0 { return name }
        return place.name
    }

    /// Where the delegation leaves from, as seed 004's table names it (桃園國際機場): the city the
    /// plan wrote when it is Chinese, else the airport's full zh-Hant name, else the city's.
    func departureName(_ place: Place?) -> String? {
        guard let place else { return nil }
        if let city = place.city, city.cjkCount > 0 { return city }
        if let code = place.airportCode, let full = gazetteer.airport(code: code)?.zhFullName { return full }
        return cityName(place)
    }

    /// A key that is the same for two spellings of one city (New York / New York City).
    func cityKey(_ place: Place?) -> String? {
        if let c = city(of: place) { return "\(c.id)" }
        return place?.city
    }

    /// The country of a place, when known.
    func country(of place: Place?) -> String? {
        place?.country ?? city(of: place)?.country
    }
}
