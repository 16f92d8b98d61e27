import Testing
import TripChecks
import TripModel

@Suite("Rule 4: continuity")
struct ContinuityTests {
    @Test("landing at FUK and next leaving from KMJ with no leg between is a jump")
    func jumpBetweenAirports() throws {
        var t = try fukuokaTrip()
        t.delegation.legs[1] = Leg(id: "back", mode: .flight, number: "JX847", fromID: "KMJ", toID: "TPE",
                                   departure: try Trip.moment("2025-09-03 12:00", at: "KMJ"),
                                   arrival: try Trip.moment("2025-09-03 13:30", at: "TPE"))
        let found = t.diagnostics(.continuityGap)
        #expect(found.map(\.items) == [["city", "back"]])
        #expect(found.first?.message.zh.contains("熊本機場") == true)
        #expect(found.first?.fix?.en.contains("Add a leg") == true)
    }

    @Test("a bus between the two places closes the gap")
    func legClosesGap() throws {
        var t = try fukuokaTrip()
        t.delegation.legs[1] = Leg(id: "back", mode: .flight, fromID: "KMJ", toID: "TPE",
                                   departure: try Trip.moment("2025-09-03 12:00", at: "KMJ"),
                                   arrival: try Trip.moment("2025-09-03 13:30", at: "TPE"))
        try t.leg("bus", .bus, "tenjin", "KMJ", depart: "2025-09-03 07:00", arrive: "2025-09-03 09:30")
        #expect(t.diagnostics(.continuityGap).isEmpty)
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
        t.delegation.legs[0] = Leg(id: "out", mode: .flight, fromID: "KMJ", toID: "FUK",
                                   departure: try Trip.moment("2025-09-01 08:00", at: "KMJ"),
                                   arrival: try Trip.moment("2025-09-01 09:00", at: "FUK"))
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
