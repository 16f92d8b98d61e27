import Testing
import TripChecks
import TripModel

@Suite("Tricky cases")
struct TrickyCaseTests {
    @Test("an overnight flight that lands the next calendar day raises nothing")
    func overnightFlight() throws {
        var t = Trip(start: "2026-03-09", end: "2026-03-13")
        try t.leg("out", .flight, "TPE", "BOS", depart: "2026-03-09 23:30", arrive: "2026-03-10 08:30")
        try t.event("mit", .call, at: "cambridge", "2026-03-10 14:00", to: "15:00")
        try t.event("city", .call, at: "boston", "2026-03-11 10:00", to: "11:00")
        try t.leg("back", .flight, "BOS", "TPE", depart: "2026-03-12 00:30", arrive: "2026-03-13 05:30")
        t.stay("hotel", at: "boston", "2026-03-10", "2026-03-12")
        let result = t.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test("an overnight flight that lands on a meeting is an overlap named in both zones")
    func overnightFlightOverlap() throws {
        var t = Trip(start: "2026-03-09", end: "2026-03-13")
        try t.leg("out", .flight, "TPE", "BOS", depart: "2026-03-09 23:30", arrive: "2026-03-10 08:30")
        try t.event("early", .meeting, at: "BOS", "2026-03-10 08:00", to: "09:00")
        let found = t.diagnostics(.overlap)
        #expect(found.map(\.items) == [["out", "early"]])
        #expect(
            found.first?.message.en.contains(
                "2026-03-09 23:30 \(abbreviation("Asia/Taipei", "2026-03-09 23:30")) → 2026-03-10 08:30 \(abbreviation("America/New_York", "2026-03-10 08:30"))"
            ) == true
        )
    }

    @Test("a leg across the date line that lands before its local departure date is fine")
    func dateLine() throws {
        var t = Trip(start: "2026-03-10", end: "2026-03-12")
        try t.leg("out", .flight, "TPE", "SFO", depart: "2026-03-10 23:40", arrive: "2026-03-10 19:30")
        try t.event("dinner", .meal, at: "sf", "2026-03-10 21:00", to: "22:00")
        try t.event("sf", .meeting, at: "sf", "2026-03-11 09:30", to: "10:30")
        try t.leg("back", .flight, "SFO", "TPE", depart: "2026-03-11 13:00", arrive: "2026-03-12 18:30")
        t.stay("hotel", at: "sf", "2026-03-10", "2026-03-11")
        let result = t.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test("a date-only leg across the date line is not read as arriving before it leaves")
    func dateLineDateOnly() throws {
        var t = Trip(start: "2026-03-10", end: "2026-03-12")
        try t.leg("out", .flight, "TPE", "SFO", depart: "2026-03-10", arrive: "2026-03-09")
        #expect(t.diagnostics(.legArrivesBeforeDeparture).isEmpty)
        #expect(t.diagnostics(.outsideDates).isEmpty)
    }

    /// A Boston trip across the US change to daylight time (2026-03-08 02:00 EST → 03:00 EDT).
    func bostonOverDaylightChange(firstEnds: String, nextStarts: String) throws -> Trip {
        var t = Trip(start: "2026-03-06", end: "2026-03-10")
        try t.leg("out", .flight, "TPE", "BOS", depart: "2026-03-06 23:30", arrive: "2026-03-07 07:30")
        try t.event("gala", .meal, at: "boston", "2026-03-08 00:30", to: firstEnds, title: "晚宴")
        try t.event("brunch", .meal, at: "cambridge", nextStarts, to: "2026-03-08 05:00", title: "早餐會")
        try t.event("a", .meeting, at: "boston", "2026-03-09 10:00", to: "11:00")
        try t.leg("back", .flight, "BOS", "TPE", depart: "2026-03-09 14:00", arrive: "2026-03-10 19:00")
        t.stay("hotel", at: "boston", "2026-03-07", "2026-03-09")
        return t
    }

    @Test("across the US change to daylight time on 2026-03-08, 75 clock minutes are 15 real ones")
    func daylightSavingTooTight() throws {
        let t = try bostonOverDaylightChange(firstEnds: "2026-03-08 01:50", nextStarts: "2026-03-08 03:05")
        let found = t.diagnostics(.travelTime)
        #expect(found.map(\.items) == [["gala", "brunch"]])
        #expect(found.first?.message.en.contains("has 15 min") == true)
        #expect(found.first?.message.en.contains("01:50 \(abbreviation("America/New_York", "2026-03-08 01:50"))") == true)
        #expect(found.first?.message.en.contains("03:05–05:00 \(abbreviation("America/New_York", "2026-03-08 03:05"))") == true)
        #expect(abbreviation("America/New_York", "2026-03-08 01:50") != abbreviation("America/New_York", "2026-03-08 03:05"))
    }

    @Test("across the US change to daylight time, 30 real minutes are enough to cross the river")
    func daylightSavingFits() throws {
        let t = try bostonOverDaylightChange(firstEnds: "2026-03-08 01:30", nextStarts: "2026-03-08 03:00")
        let result = t.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test("a bus between prefectures uses its own times and bus buffers, not an estimate")
    func busBetweenPrefectures() throws {
        var t = Trip(start: "2025-09-01", end: "2025-09-03")
        try t.leg("out", .flight, "TPE", "FUK", depart: "2025-09-01 08:00", arrive: "2025-09-01 11:30")
        try t.event("fgn", .study, at: "tenjin", "2025-09-01 13:00", to: "14:00")
        try t.leg("bus", .bus, "tenjin", "kumamoto", depart: "2025-09-01 14:20", arrive: "2025-09-01 16:30")
        try t.event("kuma", .call, at: "kumamoto", "2025-09-02 10:00", to: "11:00")
        try t.leg("bus2", .bus, "kumamoto", "FUK", depart: "2025-09-02 13:00", arrive: "2025-09-02 15:00")
        try t.leg("back", .flight, "FUK", "TPE", depart: "2025-09-03 12:00", arrive: "2025-09-03 13:30")
        t.stay("h1", at: "kumamoto", "2025-09-01", "2025-09-02")
        t.stay("h2", at: "FUK", "2025-09-02", "2025-09-03")
        let result = t.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test("a split delegation with two sub-groups in two cities raises no conflict")
    func splitDelegation() throws {
        var t = Trip(start: "2025-09-01", end: "2025-09-03", members: 4)
        try t.leg("out", .flight, "TPE", "FUK", depart: "2025-09-01 08:00", arrive: "2025-09-01 11:30")
        try t.event("fgn", .study, at: "tenjin", "2025-09-01 14:00", to: "15:00", participants: ["m1", "m2"])
        try t.leg("bus", .bus, "FUK", "kumamoto", depart: "2025-09-01 12:30", arrive: "2025-09-01 14:30", participants: ["m3", "m4"])
        try t.event("kuma", .call, at: "kumamoto", "2025-09-01 15:00", to: "16:00", participants: ["m3", "m4"])
        // Same hour, two cities, two groups.
        try t.event("a", .call, at: "tenjin", "2025-09-02 10:00", to: "11:00", participants: ["m1", "m2"])
        try t.event("b", .call, at: "kumamoto", "2025-09-02 10:00", to: "11:00", participants: ["m3", "m4"])
        try t.leg("bus2", .bus, "kumamoto", "FUK", depart: "2025-09-02 13:00", arrive: "2025-09-02 15:00", participants: ["m3", "m4"])
        try t.leg("back", .flight, "FUK", "TPE", depart: "2025-09-03 12:00", arrive: "2025-09-03 13:30")
        t.stay("h1", at: "tenjin", "2025-09-01", "2025-09-03", participants: ["m1", "m2"])
        t.stay("h2", at: "kumamoto", "2025-09-01", "2025-09-02", participants: ["m3", "m4"])
        t.stay("h3", at: "FUK", "2025-09-02", "2025-09-03", participants: ["m3", "m4"])
        let result = t.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }
}
