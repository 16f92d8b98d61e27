import Gazetteer
import Testing

@Suite("Airports carry the Chinese names itineraries use")
struct AirportNameTests {
    @Test("TPE is 桃園, not the Taipei its table row names")
    func taoyuan() {
        let tpe = Gazetteer.shared.airport(code: "TPE")
        #expect(tpe?.zhName == "桃園")
        #expect(tpe?.zhFullName == "臺灣桃園國際機場")
    }

    @Test("an airport outside the curated list has no Chinese name rather than a guessed one")
    func uncurated() {
        #expect(Gazetteer.shared.airport(code: "OCA")?.zhName == nil)
    }
}
