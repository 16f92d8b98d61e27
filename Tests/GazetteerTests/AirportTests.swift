import Gazetteer
import Testing
import TripModel

@Suite("Airports")
struct AirportTests {
    let gazetteer = Gazetteer.shared

    @Test(
        "IATA and ICAO codes find the airport with its zone",
        arguments: [
            ("FUK", "RJFF", "Asia/Tokyo", "JP"),
            ("RJFF", "RJFF", "Asia/Tokyo", "JP"),
            ("TPE", "RCTP", "Asia/Taipei", "TW"),
            ("KMJ", "RJFT", "Asia/Tokyo", "JP"),
            ("KMI", "RJFM", "Asia/Tokyo", "JP"),
            ("BOS", "KBOS", "America/New_York", "US"),
            ("JFK", "KJFK", "America/New_York", "US"),
        ]
    )
    func codeFindsAirport(code: String, icao: String, zone: String, country: String) throws {
        let airport = try #require(gazetteer.airport(code: code))
        #expect(airport.icao == icao)
        #expect(airport.zone.identifier == zone)
        #expect(airport.country == country)
    }

    @Test("codes are case-insensitive and ignore surrounding spaces")
    func codesIgnoreCase() {
        #expect(gazetteer.airport(code: " fuk ")?.iata == "FUK")
        #expect(gazetteer.airport(code: "rjff")?.iata == "FUK")
    }

    @Test("an unknown or malformed code finds nothing")
    func unknownCode() {
        #expect(gazetteer.airport(code: "QQQ") == nil)
        #expect(gazetteer.airport(code: "FUKUOKA") == nil)
        #expect(gazetteer.airport(code: "") == nil)
    }

    @Test("an airport carries its coordinates")
    func coordinates() throws {
        let fuk = try #require(gazetteer.airport(code: "FUK"))
        #expect(abs(fuk.point.latitude - 33.5859) < 0.01)
        #expect(abs(fuk.point.longitude - 130.451) < 0.01)
    }
}
