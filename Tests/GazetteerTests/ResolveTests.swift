import Gazetteer
import Testing
import TripModel

@Suite("Resolve")
struct ResolveTests {
    let gazetteer = Gazetteer.shared

    @Test("airport codes resolve to airports", arguments: ["FUK", "RJFF", "TPE", "KMJ", "KMI", "BOS", "JFK", "tpe"])
    func codesResolveToAirports(code: String) throws {
        guard case .airport(let airport) = try gazetteer.resolve(code) else {
            Issue.record("\(code) did not resolve to an airport")
            return
        }
        #expect(airport.iata == code.uppercased() || airport.icao == code.uppercased())
    }

    @Test("full-width codes typed with a Chinese input method resolve like ASCII ones")
    func fullWidthCode() throws {
        guard case .airport(let airport) = try gazetteer.resolve("ＴＰＥ　") else {
            Issue.record("ＴＰＥ did not resolve to an airport")
            return
        }
        #expect(airport.iata == "TPE")
    }

    @Test("city names resolve to cities", arguments: ["熊本", "宮崎", "福岡", "Boston", "臺中市", "台中", "Fukuoka"])
    func namesResolveToCities(name: String) throws {
        guard case .city = try gazetteer.resolve(name) else {
            Issue.record("\(name) did not resolve to a city")
            return
        }
    }

    @Test("resolve honours the country")
    func resolveWithCountry() throws {
        guard case .city(let city) = try gazetteer.resolve("Manchester", country: "US") else {
            Issue.record("Manchester did not resolve to a city")
            return
        }
        #expect(city.admin1 == "NH")
    }

    @Test("a short name in mixed case prefers the city to a code spelled the same")
    func mixedCaseShortNameIsCity() throws {
        guard case .city(let city) = try gazetteer.resolve("Hue") else {
            Issue.record("Hue did not resolve to a city")
            return
        }
        #expect(city.country == "VN")
        guard case .airport = try gazetteer.resolve("HUE") else {
            Issue.record("HUE did not resolve to an airport")
            return
        }
    }

    @Test("an unknown name throws naming it, with suggestions")
    func unknownThrows() {
        #expect(throws: GazetteerError.self) { try gazetteer.resolve("Kumamotto") }
        do {
            _ = try gazetteer.resolve("Kumamotto")
        } catch {
            #expect(error.name == "Kumamotto")
            #expect(error.suggestions.first == "Kumamoto")
        }
    }

    @Test("the error message is bilingual and lists the suggestions")
    func errorMessage() {
        let error = GazetteerError(name: "熊夲", suggestions: ["熊本", "熊谷"])
        #expect(error.description == "找不到地名或機場代碼「熊夲」 / unknown place or airport code '熊夲'; nearest known: 熊本, 熊谷")
        #expect(GazetteerError(name: "X", suggestions: []).description == "找不到地名或機場代碼「X」 / unknown place or airport code 'X'")
    }

    @Test("a name known only in another country throws and points there")
    func wrongCountry() {
        do {
            _ = try gazetteer.resolve("熊本", country: "US")
            Issue.record("熊本 resolved in the US")
        } catch {
            #expect(error.suggestions.first == "Kumamoto (JP)")
        }
    }
}
