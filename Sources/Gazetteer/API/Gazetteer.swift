import Foundation
import TripModel

/// Airports and cities bundled with Tripwright: turns an airport code or a city name in any
/// script into a place with its country, IANA zone and coordinates.
///
/// Data comes from `airportsdata` and GeoNames `cities15000` (see docs/data-sources.md). Files
/// are read once and searched in place; rows are parsed only when asked for.
public final class Gazetteer: Sendable {
    /// The bundled tables, loaded once on first use. If they cannot be read (a broken build),
    /// nothing resolves and `loadError` says why.
    public static let shared: Gazetteer = loadBundled()

    /// Why the data could not be loaded, for the empty stand-in `shared` falls back to.
    public let loadError: GazetteerLoadError?

    let airportTable: TSVTable
    let cityTable: TSVTable
    let nameTable: TSVTable
    /// Record of each airport by IATA code and by ICAO code (packed, see `packedCode`), indexed
    /// on first use: a command that names no airport never pays for it.
    var airportRecords: [UInt32: Int] { airportIndex.get { Gazetteer.indexAirports(airportTable) } }
    private let airportIndex = LazyBox<[UInt32: Int]>()
    let suggestionIndex = LazyBox<SuggestionIndex>()
    /// Curated Traditional Chinese airport names by IATA code (`airport-names-zh.tsv`).
    let airportChineseNames: [String: (short: String, full: String)]
    /// First-level regions with names (`regions.tsv`), in file order, read on first use.
    public var regions: [Region] { regionList.get { regionsFile.map(Gazetteer.readRegions) ?? [] } }
    private let regionList = LazyBox<[Region]>()
    private let regionsFile: URL?

    /// Loads `airports.tsv`, `cities.tsv` and `city-names.tsv` from a folder.
    public init(dataDirectory: URL) throws(GazetteerLoadError) {
        airportTable = try TSVTable(directory: dataDirectory, name: "airports.tsv")
        cityTable = try TSVTable(directory: dataDirectory, name: "cities.tsv")
        nameTable = try TSVTable(directory: dataDirectory, name: "city-names.tsv")
        airportChineseNames = Gazetteer.readAirportNames(dataDirectory.appendingPathComponent("airport-names-zh.tsv"))
        regionsFile = dataDirectory.appendingPathComponent("regions.tsv")
        loadError = nil
    }

    private init(failed error: GazetteerLoadError) {
        airportTable = TSVTable(emptyNamed: "airports")
        cityTable = TSVTable(emptyNamed: "cities")
        nameTable = TSVTable(emptyNamed: "city-names")
        airportChineseNames = [:]
        regionsFile = nil
        loadError = error
    }

    private static func loadBundled() -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "Data", withExtension: nil) else {
            return Gazetteer(failed: GazetteerLoadError(path: "Data", reason: .notBundled))
        }
        do {
            return try Gazetteer(dataDirectory: url)
        } catch {
            return Gazetteer(failed: error)
        }
    }

    /// Number of airports loaded (counts the records on first use).
    public var airportCount: Int { airportTable.count }

    /// Number of cities loaded (counts the records on first use).
    public var cityCount: Int { cityTable.count }

    /// The airport with an IATA (3 letters) or ICAO (4 characters) code, case-insensitive.
    public func airport(code: String) -> Airport? {
        guard let packed = Gazetteer.packedCode(Gazetteer.trimmed(code).utf8),
            let start = airportRecords[packed]
        else { return nil }
        return airport(at: start)
    }

    /// Cities with a name or alias equal to `named` once normalised (case, accents, spaces, 臺/台,
    /// a trailing 市/縣/県/区/府), own names before translations and alternates, most populous first.
    public func cities(named: String) -> [City] {
        cityIDs(named: named).compactMap(city(id:))
    }

    /// The best city with that name, in `country` (ISO alpha-2) when one is given.
    public func city(named: String, country: String?) -> City? {
        let wanted = country?.uppercased()
        for id in cityIDs(named: named) {
            guard let city = city(id: id) else { continue }
            if wanted == nil || city.country == wanted { return city }
        }
        return nil
    }

    /// The airport or city `text` names. Text of 3–4 ASCII letters is tried as an airport code
    /// first; written in mixed or lower case it yields to a city of that name (`Hue`, `Lima`).
    /// `country` restricts city matches, `region` (a state, prefecture or province, by name or
    /// code) picks among cities of one name; a name may carry its region or country after a
    /// comma (`Cambridge, MA`, `Cambridge, Massachusetts`, `府中, 東京都`, `Portland, US`).
    /// Throws with the nearest known names when nothing matches.
    public func resolve(_ text: String, country: String? = nil, region: String? = nil) throws(GazetteerError) -> GazetteerMatch {
        let trimmed = Gazetteer.trimmed(Gazetteer.halfWidth(text))
        if let region {
            if let city = city(named: trimmed, country: country, region: region) { return .city(city) }
            throw GazetteerError(name: "\(trimmed), \(region)", suggestions: namesakeLabels(trimmed, country: country))
        }
        let code = Gazetteer.looksLikeCode(trimmed) ? airport(code: trimmed) : nil
        if let code, trimmed == trimmed.uppercased() { return .airport(code) }
        if let city = city(named: trimmed, country: country) { return .city(city) }
        if let (name, qualifier) = Gazetteer.qualified(trimmed) {
            if let city = city(named: name, country: country, region: qualifier) { return .city(city) }
            if cityIDs(named: name).isEmpty == false {
                throw GazetteerError(name: trimmed, suggestions: namesakeLabels(name, country: country))
            }
        }
        if let code { return .airport(code) }
        throw GazetteerError(name: trimmed, suggestions: suggestions(for: trimmed, limit: 5, country: country))
    }

    /// True for 3–4 ASCII letters (digits allowed after the first), the shape of an airport code.
    static func looksLikeCode(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count == 3 || u.count == 4, let first = u.first, isASCIILetter(first) else { return false }
        return u.allSatisfy { isASCIILetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Full-width ASCII (ＴＰＥ, typed with a Chinese input method) as plain ASCII.
    static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else {
            return text
        }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    if (0xFF01...0xFF5E).contains(scalar.value) { return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar }
                    return scalar.value == 0x3000 ? " " : scalar
                }
            )
        )
    }

    /// Text without leading and trailing white space (cheaper than Foundation's trimming).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    static func isASCIILetter(_ b: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b)
    }
}
