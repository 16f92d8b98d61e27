import Testing
import TripChecks
import TripModel

@Suite("Rule 6: lodging")
struct LodgingTests {
    @Test("a night away with no stay is reported for the members without one")
    func missingNight() throws {
        var t = try fukuokaTrip()
        t.delegation.stays = [Stay(id: "hotel", placeID: "tenjin", checkIn: day("2025-09-01"), checkOut: day("2025-09-02"))]
        let found = t.diagnostics(.lodgingMissing)
        #expect(found.map(\.day) == [day("2025-09-02")])
        #expect(found.first?.members == ["m1", "m2"])
    }

    @Test("a stay for only one member leaves the other without lodging, consecutive nights in one diagnostic")
    func stayForOneMember() throws {
        var t = try fukuokaTrip()
        t.delegation.stays[0].participants = ["m1"]
        let found = t.diagnostics(.lodgingMissing)
        #expect(found.count == 1)
        #expect(found.first?.members == ["m2"])
        #expect(found.first?.message.en.contains("the 2 nights from 2025-09-01 to 2025-09-02") == true)
    }

    @Test("a night on an overnight flight needs no stay")
    func overnightLegCoversNight() throws {
        var t = Trip(start: "2026-03-10", end: "2026-03-12")
        try t.leg("out", .flight, "TPE", "SFO", depart: "2026-03-10 23:40", arrive: "2026-03-10 19:30")
        try t.event("sf", .meeting, at: "sf", "2026-03-11 10:00", to: "11:00")
        try t.leg("back", .flight, "SFO", "TPE", depart: "2026-03-11 13:00", arrive: "2026-03-12 18:30")
        t.stay("hotel", at: "sf", "2026-03-10", "2026-03-11")
        #expect(t.diagnostics(.lodgingMissing).isEmpty)
    }
}
