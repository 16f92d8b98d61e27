import Testing
import TripChecks
import TripModel

@Suite("Rule 10: date-only items")
struct DateOnlyTests {
    @Test("date-only items on the same day are never overlaps")
    func dateOnlyNeverOverlap() throws {
        var t = try fukuokaTrip()
        try t.event("a", .visit, at: "tenjin", "2025-09-02")
        try t.event("b", .visit, at: "tenjin", "2025-09-02")
        #expect(t.diagnostics(.overlap).isEmpty)
    }

    @Test("a date-only item beside a timed one on the same day is not an overlap")
    func mixedNeverOverlap() throws {
        var t = try fukuokaTrip()
        try t.event("a", .visit, at: "tenjin", "2025-09-02")
        #expect(t.diagnostics(.overlap).isEmpty)
    }

    @Test("a day whose dated items cannot fit in order is reported")
    func overfullDay() throws {
        var t = try fukuokaTrip()
        for i in 1...9 { try t.event("v\(i)", .visit, at: i.isMultiple(of: 2) ? "miyazaki" : "nichinan", "2025-09-02") }
        let found = t.diagnostics(.dayOverfull)
        #expect(found.count == 1)
        #expect(found.first?.day == day("2025-09-02"))
        #expect(found.first?.items.count == 10)
        #expect(found.first?.message.en.contains("more than the 14 h") == true)
    }

    @Test("six dated visits in one town fit in a day")
    func fullButFittingDay() throws {
        var t = try fukuokaTrip()
        for i in 1...6 { try t.event("v\(i)", .visit, at: "tenjin", "2025-09-02") }
        #expect(t.diagnostics(.dayOverfull).isEmpty)
    }

    @Test("items known only to span several days and date-only long-haul flights do not overfill a day")
    func spanningItemsDoNotOverfill() throws {
        var t = Trip(start: "2026-03-11", end: "2026-03-14")
        try t.leg("out", .flight, "TPE", "BOS", depart: "2026-03-11")
        for i in 1...8 { try t.event("v\(i)", .visit, at: "boston", "2026-03-11", to: "2026-03-13") }
        try t.event("dinner", .meal, at: "boston", "2026-03-11")
        #expect(t.diagnostics(.dayOverfull).isEmpty)
    }

    @Test("two groups whose overfull days start with the same bus are reported in their items' plan order")
    func groupsSharingTheFirstItemAreOrderedByTheirItems() throws {
        var t = try fukuokaTrip(members: 4)
        // Both groups take the same date-only bus, then each has a day of its own too full to fit.
        try t.leg("bus", .bus, "fukuoka", "miyazaki", depart: "2025-09-02")
        for group in [["m3", "m4"], ["m1", "m2"]] {
            for i in 1...8 {
                try t.event(
                    "\(group[0])-v\(i)",
                    .visit,
                    at: i.isMultiple(of: 2) ? "miyazaki" : "nichinan",
                    "2025-09-02",
                    participants: group
                )
            }
        }
        let found = t.diagnostics(.dayOverfull)
        #expect(found.count == 2)
        #expect(found.map(\.members) == [["m3", "m4"], ["m1", "m2"]])
    }
}
