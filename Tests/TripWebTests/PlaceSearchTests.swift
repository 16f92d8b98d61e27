import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TripWeb

/// `/places`: the place search a place field uses as the user types.
@Suite struct PlaceSearchTests {
    struct Answer: Decodable {
        struct Place: Decodable {
            let value: String
            let name: String
            let kind: String
            let country: String
            let countryCode: String
            let zone: String
            let zoneAbbreviation: String
        }
        let places: [Place]
    }

    static func search(_ query: String, trip: String? = nil, lang: String = "zh", _ client: any TestClientProtocol) async throws -> [Answer.Place] {
        let q = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let response = try await client.execute(uri: "/places?q=\(q)&lang=\(lang)" + (trip.map { "&trip=\($0)" } ?? ""), method: .get)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        return try JSONDecoder().decode(Answer.self, from: Data(buffer: response.body)).places
    }

    @Test("an airport code finds the airport with its country and zone")
    func airportByCode() async throws {
        try await WebHarness.make(seed: false).run { client in
            let found = try await Self.search("BOS", client)
            let bos = try #require(found.first { $0.kind == "airport" })
            #expect(bos.value == "BOS" && bos.countryCode == "US" && bos.country == "美國" && bos.zone == "America/New_York")
            #expect(!bos.zoneAbbreviation.isEmpty)
        }
    }

    @Test("a city written in Hangul is found with its country and zone")
    func hangulCity() async throws {
        try await WebHarness.make(seed: false).run { client in
            let found = try await Self.search("서울", client)
            let seoul = try #require(found.first)
            #expect(seoul.kind == "city" && seoul.countryCode == "KR" && seoul.zone == "Asia/Seoul")
        }
    }

    @Test("a name several cities share lists each with the region that tells it apart, and that text finds it")
    func namesakesCarryTheirRegion() async throws {
        try await WebHarness.make(seed: false).run { client in
            let found = try await Self.search("Cambridge", lang: "en", client)
            #expect(found.count > 1)
            #expect(found.contains { $0.value == "Cambridge, MA" && $0.zone == "America/New_York" })
            let exact = try await Self.search("Cambridge, MA", lang: "en", client)
            #expect(exact.first?.zone == "America/New_York" && exact.first?.countryCode == "US")
        }
    }

    @Test("the delegation's own places come first, by id or name")
    func ownPlacesFirst() async throws {
        try await WebHarness.make().run { client in
            let found = try await Self.search("柳橋", trip: "kyushu-2025", client)
            #expect(found.first?.value == "yanagibashi" && found.first?.kind == "place" && found.first?.zone == "Asia/Tokyo")
        }
    }

    @Test("a misspelt name answers the nearest known places")
    func nearestNames() async throws {
        try await WebHarness.make(seed: false).run { client in
            let found = try await Self.search("Bostn", lang: "en", client)
            #expect(found.contains { $0.value == "Boston, MA" && $0.zone == "America/New_York" }, "\(found.map(\.value))")
        }
    }

    @Test("the answer holds at most eight places; a query over 64 characters or with a control character is refused")
    func sizeLimits() async throws {
        try await WebHarness.make(seed: false).run { client in
            #expect(try await Self.search("San", lang: "en", client).count <= 8)
            #expect(try await Self.search("", client).isEmpty)
            let long = String(repeating: "a", count: 65)
            let refused = try await client.execute(uri: "/places?q=\(long)", method: .get)
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body).contains("最多 64 個字"))
            #expect(try await client.execute(uri: "/places?q=\(String(repeating: "a", count: 64))", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/places?q=a%07b", method: .get).status == .badRequest)
        }
    }

    @Test("the new delegation form's home field searches places and works as plain text without JavaScript")
    func homeFieldSearches() async throws {
        try await WebHarness.make(seed: false).run { client in
            let page = try await client.execute(uri: "/plan/new", method: .get).text
            #expect(page.contains(#"list="home-places" data-place-search"#))
            #expect(page.contains(#"<datalist id="home-places"></datalist>"#))
            let js = try await client.execute(uri: "/static/app.js", method: .get).text
            #expect(js.contains(#""/places?q=""#))
        }
    }
}
