import Foundation
import Gazetteer
import TripModel

/// Places a place field may name, as the user types: the delegation's own places, airports by
/// code, cities by name in any script (namesakes each with their region, `Cambridge, MA`), and
/// the nearest known names when nothing matches; each with its country and zone. The value of
/// each is text the plan reader resolves to that place, so choosing one is typing it.
public struct SearchPlaces: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The longest query searched, in characters; a front end refuses longer ones.
    public static let maxQueryLength = 64
    /// The most places answered.
    public static let maxResults = 8

    /// What was typed, and in which delegation.
    public struct Input: Sendable {
        /// The text typed so far.
        public var query: String
        /// The delegation whose own places come first (nil: the gazetteer only).
        public var trip: String?
        /// Names, country and zone labels in this language.
        public var lang: Lang

        /// A search.
        public init(query: String, trip: String? = nil, lang: Lang = .zh) {
            self.query = query
            self.trip = trip
            self.lang = lang
        }
    }

    /// One place found.
    public struct Place: Sendable, Hashable, Codable {
        /// What to write in the field (`BOS`, `波士頓`, `Cambridge, MA`, a place id of the delegation).
        public var value: String
        /// Its name as shown (`波士頓羅根國際機場（BOS）`).
        public var name: String
        /// What it is: `place` (the delegation's), `airport`, `city`.
        public var kind: String
        /// The country's name (`美國`) and ISO code.
        public var country: String
        /// The ISO code of the country.
        public var countryCode: String
        /// The IANA zone (`America/New_York`).
        public var zone: String
        /// The zone's abbreviation now (`EST`).
        public var zoneAbbreviation: String
    }

    /// The places, best first, at most `maxResults`.
    public func run(_ input: Input) async throws(AppError) -> [Place] {
        let query = String(input.query.trimmingCharacters(in: .whitespacesAndNewlines).prefix(SearchPlaces.maxQueryLength))
        guard !query.isEmpty else { return [] }
        var own: [TripModel.Place] = []
        if let trip = input.trip {
            let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: trip))
            let key = query.lowercased()
            own = d.places.filter { p in
                [p.id, p.name, p.englishName, p.localName, p.airportCode, p.city].compactMap { $0?.lowercased() }.contains { $0.contains(key) }
            }
        }
        let now = context.now()
        let lang = input.lang
        let g = context.gazetteer
        var out: [Place] = own.map { p in
            Place(
                value: p.id,
                name: LocalizedText(zh: p.name, en: p.englishName ?? p.name).text(lang),
                kind: "place",
                country: p.country.map { Gazetteer.countryName($0, lang: lang) } ?? "",
                countryCode: p.country ?? "",
                zone: p.zone.identifier,
                zoneAbbreviation: p.zone.abbreviation(at: now)
            )
        }
        let cjk = query.unicodeScalars.contains { $0.value >= 0x2E80 }
        func add(_ match: GazetteerMatch) {
            switch match {
            case let .airport(a):
                let code = a.iata ?? a.icao
                let name = lang == .zh ? (a.zhFullName ?? a.zhName ?? a.name) : a.name
                out.append(
                    Place(
                        value: code,
                        name: "\(name)\(LocalizedText(zh: "（\(code)）", en: " (\(code))").text(lang))",
                        kind: "airport",
                        country: Gazetteer.countryName(a.country, lang: lang),
                        countryCode: a.country,
                        zone: a.zone.identifier,
                        zoneAbbreviation: a.zone.abbreviation(at: now)
                    )
                )
            case let .city(c):
                let written = cjk ? (c.zhName ?? c.jaName ?? c.koName ?? c.name) : c.name
                // A name several cities share is written with the region that tells them apart.
                var value = written
                if g.cities(named: written).count > 1 {
                    let region = g.region(of: c)
                    let qualifier = ["US", "GB", "CA", "AU"].contains(c.country) ? region?.code : (cjk ? region?.zhName : nil) ?? region?.name
                    value = "\(written), \(qualifier ?? c.country)"
                }
                let shown = lang == .zh ? (c.zhName ?? c.jaName ?? c.name) : c.name
                let regionName = g.region(of: c).map { lang == .zh ? ($0.zhName ?? $0.name) : $0.name }
                out.append(
                    Place(
                        value: value,
                        name: [shown, regionName].compactMap { $0 }.joined(separator: lang == .zh ? "，" : ", "),
                        kind: "city",
                        country: Gazetteer.countryName(c.country, lang: lang),
                        countryCode: c.country,
                        zone: c.zone.identifier,
                        zoneAbbreviation: c.zone.abbreviation(at: now)
                    )
                )
            }
        }
        if query.count <= 4, let airport = g.airport(code: query) { add(.airport(airport)) }
        let namesakes = g.cities(named: query)
        for city in namesakes.prefix(SearchPlaces.maxResults) { add(.city(city)) }
        if namesakes.isEmpty {
            do {
                add(try g.resolve(query))
            } catch {
                for label in error.suggestions.prefix(SearchPlaces.maxResults) {
                    if let match = try? g.resolve(label) { add(match) }
                }
            }
        }
        var seen = Set<String>()
        return Array(out.filter { seen.insert($0.kind + "|" + $0.value + "|" + $0.zone).inserted }.prefix(SearchPlaces.maxResults))
    }
}
