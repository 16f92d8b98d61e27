import Gazetteer
import TripModel

/// Rule 11: a place named by a city that several cities of the trip's countries share, far
/// apart (farther than `daytrip.km`), with no region, airport or coordinates to say which: the
/// gazetteer takes the most populous, and distances and zones are wrong if that was not meant
/// (Cambridge, Massachusetts is not Cambridge, England; Manchester, NH is not Manchester, CT).
enum PlaceRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let d = ctx.delegation
        var users: [String: [String]] = [:]
        for e in d.events { if let p = e.placeID { users[p, default: []].append(e.id) } }
        for l in d.legs {
            users[l.fromID, default: []].append(l.id)
            if l.toID != l.fromID { users[l.toID, default: []].append(l.id) }
        }
        for s in d.stays { users[s.placeID, default: []].append(s.id) }
        for place in d.places {
            guard let items = users[place.id], place.airportCode == nil, place.region == nil, let city = place.city,
                let chosen = ctx.city(named: city, country: place.country)
            else { continue }
            // Coordinates of its own say where the place is.
            if let point = place.point, point.distanceKilometres(to: chosen.point) > 1 { continue }
            let countries = Set(d.countries + [place.country ?? chosen.country])
            let namesakes = ctx.namesakes(of: city).filter { countries.contains($0.country) }
            let far = namesakes.filter { $0.id != chosen.id && $0.point.distanceKilometres(to: chosen.point) > ctx.limits.daytripKm }
            guard !far.isEmpty else { continue }
            let listed = [chosen] + far.prefix(4)
            let labels = listed.map { label($0, ctx) }
            let namesZH = labels.map(\.zh).joined(separator: "、")
            let namesEN = labels.map(\.en).joined(separator: "; ")
            let code = chosen.admin1 ?? ""
            out.append(
                Diagnostic(
                    code: .placeAmbiguous,
                    severity: .warning,
                    items: items,
                    message: LocalizedText(
                        zh: "地點「\(place.name)」的城市「\(city)」有多個同名城市，彼此相距甚遠：\(namesZH)；目前採用第一個（人口最多），距離與時區都依它計算。",
                        en:
                            "The city '\(city)' of place \"\(place.name)\" names several cities far apart: \(namesEN); the first (the most populous) is used for distances and zones."
                    ),
                    fix: LocalizedText(
                        zh: "寫明州、縣或省：在地點加上 region（例如 region: \(code)），或寫成 city: \"\(city), \(code)\"；也可給座標 lat、lon。",
                        en:
                            "Say the state, prefecture or province: add region to the place (e.g. region: \(code)), or write city: \"\(city), \(code)\"; or give lat and lon."
                    )
                )
            )
        }
    }

    /// `Manchester（新罕布夏州，美國）` / `Manchester (New Hampshire, United States)`.
    private static func label(_ c: City, _ ctx: CheckContext) -> LocalizedText {
        let region = ctx.gazetteer.region(of: c)?.displayNames
        let country = Gazetteer.countryNames(c.country)
        let zh = [region?.zh ?? c.admin1, country.zh].compactMap { $0 }.joined(separator: "，")
        let en = [region?.en ?? c.admin1, country.en].compactMap { $0 }.joined(separator: ", ")
        return LocalizedText(zh: "\(c.displayName(.zh))（\(zh)）", en: "\(c.name) (\(en))")
    }
}
