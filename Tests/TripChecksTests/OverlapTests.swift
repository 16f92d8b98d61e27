import Testing
import TripChecks
import TripModel

@Suite("Rule 1: overlap")
struct OverlapTests {
    @Test("two timed events sharing a participant overlap")
    func sharedParticipantOverlaps() throws {
        var t = try fukuokaTrip()
        try t.event("lunch", .meal, at: "tenjin", "2025-09-02 10:30", to: "12:00", title: "午餐")
        let found = t.diagnostics(.overlap)
        #expect(found.count == 1)
        #expect(found.first?.items == ["city", "lunch"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.zh.contains("10:00–11:00 \(abbreviation("Asia/Tokyo", "2025-09-02 10:00"))") == true)
        #expect(found.first?.message.en.contains("by 30 min") == true)
    }

    @Test("events at the same time with different participants do not overlap")
    func disjointParticipantsAreQuiet() throws {
        var t = try fukuokaTrip()
        t.delegation.events[1].participants = ["m1"]
        try t.event("other", .call, at: "tenjin", "2025-09-02 10:00", to: "11:00", participants: ["m2"])
        #expect(t.diagnostics(.overlap).isEmpty)
    }

    @Test("a flight and a meeting overlap in absolute time across zones")
    func overlapAcrossZones() throws {
        var t = try fukuokaTrip()
        // 11:00 JST is 10:00 in Taipei: the JX840 from 08:00 Taipei lands 11:30 JST.
        try t.event("early", .meeting, at: "FUK", "2025-09-01 11:00", to: "12:00", title: "機場會談")
        let found = t.diagnostics(.overlap)
        #expect(found.map(\.items) == [["out", "early"]])
        #expect(found.first?.message.en.contains("08:00 \(abbreviation("Asia/Taipei", "2025-09-01 08:00"))") == true)
    }

    @Test("back-to-back items that touch do not overlap")
    func touchingItemsAreQuiet() throws {
        var t = try fukuokaTrip()
        try t.event("next", .meeting, at: "tenjin", "2025-09-02 11:00", to: "12:00")
        #expect(t.diagnostics(.overlap).isEmpty)
    }

    @Test("the same pair is reported once for all members, naming them")
    func onePerPairForAllMembers() throws {
        var t = try fukuokaTrip(members: 3)
        try t.event("clash", .meeting, at: "tenjin", "2025-09-02 10:15", to: "10:45")
        let found = t.diagnostics(.overlap)
        #expect(found.count == 1)
        #expect(found.first?.members == ["m1", "m2", "m3"])
    }
}
