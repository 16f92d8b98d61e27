import Testing
import TripChecks
import TripModel

@Suite("A plan with nothing wrong")
struct BaselineTests {
    @Test("a timed three-day trip with stays raises nothing")
    func cleanTripIsQuiet() throws {
        let result = try fukuokaTrip().check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        #expect(result.exitStatus(strict: true) == 0)
    }
}
