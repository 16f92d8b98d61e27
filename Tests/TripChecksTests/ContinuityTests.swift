import Testing
import TripChecks
import TripModel

@Suite("Rule 4: continuity")
struct ContinuityTests {
    /// Out to FUK, back from KMJ, nothing between.
    func fukuokaInKumamotoOut() throws -> Trip {
        var t = Trip(start: "2025-09-01", end: "2025-09-03")
        try t.leg("out", .flight, "TPE", "FUK", depart: "2025-09-01 08:00", arrive: "2025-09-01 11:30")
        try t.leg("back", .flight, "KMJ", "TPE", depart: "2025-09-03 12:00", arrive: "2025-09-03 13:30")
        t.stay("hotel", at: "kumamoto", "2025-09-01", "2025-09-03")
        return t
    }

    @Test("landing at FUK and next leaving from KMJ with no leg between is a jump")
    func jumpBetweenAirports() throws {
        let found = try fukuokaInKumamotoOut().diagnostics(.continuityGap)
        #expect(found.map(\.items) == [["out", "back"]])
        #expect(found.first?.message.zh.contains("熊本機場") == true)
        #expect(found.first?.fix?.en.contains("Add a leg") == true)
    }

    @Test("a bus between the two places closes the gap")
    func legClosesGap() throws {
        var t = try fukuokaInKumamotoOut()
        try t.leg("bus", .bus, "FUK", "KMJ", depart: "2025-09-02 09:00", arrive: "2025-09-02 11:00")
        #expect(t.diagnostics(.continuityGap).isEmpty)
    }

    @Test("a visit 78 km from the airport is a day trip by car, not a jump")
    func dayTripIsQuiet() throws {
        var t = Trip(start: "2026-03-11", end: "2026-03-13")
        try t.leg("out", .flight, "TPE", "BOS", depart: "2026-03-11")
        try t.event("manchester", .call, at: "manchester", "2026-03-11", to: "2026-03-12")
        try t.event("mit", .visit, at: "cambridge", "2026-03-12")
        try t.leg("back", .flight, "BOS", "TPE", depart: "2026-03-12", arrive: "2026-03-13")
        #expect(t.diagnostics(.continuityGap).isEmpty)
    }

    @Test("a visit 306 km away with no leg is a jump")
    func farVisitIsAJump() throws {
        var t = Trip(start: "2026-03-11", end: "2026-03-15")
        try t.leg("out", .flight, "TPE", "BOS", depart: "2026-03-11")
        try t.event("mit", .visit, at: "cambridge", "2026-03-12")
        try t.event("ny", .call, at: "newyork", "2026-03-13")
        try t.leg("back", .flight, "BOS", "TPE", depart: "2026-03-14", arrive: "2026-03-15")
        #expect(t.diagnostics(.continuityGap).map(\.items) == [["mit", "ny"], ["ny", "back"]])
    }

    @Test("moving around a region by day trips is not a jump")
    func localDayTripsAreQuiet() throws {
        var t = Trip(start: "2025-09-03", end: "2025-09-05")
        try t.leg("in", .flight, "TPE", "FUK", depart: "2025-09-03")
        try t.leg("bus", .bus, "FUK", "miyazaki", depart: "2025-09-03")
        try t.event("aya", .visit, at: "aya", "2025-09-04")
        try t.event("nichinan", .visit, at: "nichinan", "2025-09-04")
        try t.leg("bus2", .bus, "miyazaki", "FUK", depart: "2025-09-05")
        try t.leg("out", .flight, "FUK", "TPE", depart: "2025-09-05")
        #expect(t.diagnostics(.continuityGap).isEmpty)
    }

    @Test("a first leg that does not leave home is reported")
    func firstLegNotFromHome() throws {
        var t = try fukuokaTrip()
        t.delegation.legs[0] = Leg(
            id: "out",
            mode: .flight,
            fromID: "KMJ",
            toID: "FUK",
            departure: try Trip.moment("2025-09-01 08:00", at: "KMJ"),
            arrival: try Trip.moment("2025-09-01 09:00", at: "FUK")
        )
        let found = t.diagnostics(.continuityHome)
        #expect(found.map(\.items) == [["out"]])
        #expect(found.first?.message.en.contains("no leg from home") == true)
    }

    @Test("a last leg that does not arrive home is reported")
    func lastLegNotHome() throws {
        var t = try fukuokaTrip()
        t.delegation.legs.removeLast()
        let found = t.diagnostics(.continuityHome)
        #expect(found.map(\.items) == [["city"]])
        #expect(found.first?.message.en.contains("no leg back home") == true)
    }

    @Test("getting from the home city to the home airport needs no leg")
    func homeCountryMovesAreQuiet() throws {
        var t = try fukuokaTrip()
        try t.event("sendoff", .other, at: "taichung", "2025-09-01 05:00", to: "05:30")
        #expect(t.diagnostics(.continuityGap).isEmpty)
        #expect(t.diagnostics(.continuityHome).isEmpty)
    }
}
