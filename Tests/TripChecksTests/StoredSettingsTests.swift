import Foundation
import Testing
import TripChecks
import TripModel
import TripStore

@Suite("The checks never trap on a stored threshold")
struct StoredSettingsTests {
    /// Values an older version accepted and stored: zero, negatives, huge, not a number.
    static let hostile: [Double] = [0, -1, -1e300, 1e300, .nan, .infinity, -.infinity, 0.5, 1e-300]

    @Test("every threshold at every hostile value runs over both seeds without a trap")
    func everyThresholdEveryValue() throws {
        let seeds = try ["kyushu-2025.yaml", "usa-2026.yaml"].map { name in
            try PlanReader().read(fileAt: SeedPlanTests.seedURL.deletingLastPathComponent().appendingPathComponent(name)).delegation
        }
        for var d in seeds {
            for value in Self.hostile {
                // Every threshold at once: the hot loops read them together.
                d.checks.numbers = Dictionary(uniqueKeysWithValues: Threshold.allCases.map { ($0, value) })
                let result = Checker().check(d, today: day("2026-12-31"))
                #expect(result.delegation == d.id)
            }
        }
    }

    @Test("a speed stored as 0 is read as its lowest valid value, so travel estimates stay finite")
    func zeroSpeed() throws {
        var trip = Trip(start: "2025-09-01", end: "2025-09-03")
        try trip.event("a", .meeting, at: "tenjin", "2025-09-02 10:00", to: "11:00")
        try trip.event("b", .meeting, at: "kumamoto", "2025-09-02 11:10", to: "12:00")
        trip.delegation.checks.numbers = [.speedBus: 0, .speedCar: 0, .speedWalk: 0]
        let travel = trip.diagnostics(.travelTime)
        #expect(travel.count == 1)
        #expect(travel.first?.message.en.contains("inf") == false)
    }
}

@Suite("The checks stay quick on items an older version stored")
struct StoredSpanTests {
    @Test("an event stored as spanning eight thousand years is checked in well under a second (3.5 s before)")
    func centuriesLongEvent() throws {
        var trip = Trip(start: "2025-09-01", end: "2025-09-05")
        try trip.event("long", .visit, at: "tenjin", "2025-09-02", to: "9999-12-31")
        let clock = ContinuousClock()
        let took = clock.measure { _ = trip.check(today: "2025-08-01") }
        #expect(took < .seconds(1))
    }
}
