import Testing
import TripChecks
import TripModel

@Suite("Rules 2 and 3: travel time and connection buffers")
struct TravelTests {
    @Test("two meetings across town with too little time between raise travel-time with needed and available minutes")
    func tooLittleTimeAcrossTown() throws {
        var t = try fukuokaTrip()
        // Tenjin to Momochi is about 4.4 km: 4.4 × 1.3 / 40 km/h ≈ 9 min + 10 min buffer.
        try t.event("dome", .visit, at: "momochi", "2025-09-02 11:05", to: "12:00", title: "福岡巨蛋")
        let found = t.diagnostics(.travelTime)
        #expect(found.map(\.items) == [["city", "dome"]])
        #expect(found.first?.message.en.contains("needs 19 min") == true)
        #expect(found.first?.message.en.contains("has 5 min") == true)
        #expect(found.first?.message.zh.contains("只有 5 分鐘") == true)
        #expect(found.first?.fix != nil)
    }

    @Test("enough time between meetings across town is quiet")
    func enoughTimeIsQuiet() throws {
        var t = try fukuokaTrip()
        try t.event("dome", .visit, at: "momochi", "2025-09-02 11:30", to: "12:00")
        #expect(t.diagnostics(.travelTime).isEmpty)
    }

    @Test("meetings in two prefectures an hour apart need the country detour estimate")
    func intercityEstimate() throws {
        var t = try fukuokaTrip()
        try t.event("kuma", .call, at: "kumamoto", "2025-09-02 12:00", to: "13:00")
        let found = t.diagnostics(.travelTime)
        #expect(found.count == 1)
        // 92 km × 1.7 ÷ 50 km/h ≈ 188 min + 10.
        #expect(found.first?.message.en.contains("needs 19") == true)
    }

    @Test("an explicit leg between two places replaces the estimate")
    func explicitLegReplacesEstimate() throws {
        var t = try fukuokaTrip()
        try t.leg("bus", .bus, "tenjin", "kumamoto", depart: "2025-09-02 11:30", arrive: "2025-09-02 13:30")
        try t.event("kuma", .call, at: "kumamoto", "2025-09-02 13:45", to: "15:00")
        #expect(t.diagnostics(.travelTime).isEmpty)
        #expect(t.diagnostics(.buffer).isEmpty)
    }

    @Test("a flight less than 90 minutes after a meeting at the airport needs its buffer")
    func flightBufferBefore() throws {
        var t = try fukuokaTrip()
        try t.event("farewell", .meeting, at: "FUK", "2025-09-03 10:00", to: "11:00", title: "送行")
        let found = t.diagnostics(.buffer)
        #expect(found.map(\.items) == [["farewell", "back"]])
        #expect(found.first?.message.en.contains("needs 90 min") == true)
        #expect(found.first?.message.en.contains("has 60 min") == true)
    }

    @Test("a plan can shorten the flight buffer")
    func bufferOverride() throws {
        var t = try fukuokaTrip()
        try t.event("farewell", .meeting, at: "FUK", "2025-09-03 10:00", to: "11:00")
        t.delegation.checks.numbers[.bufferFlightBefore] = 45
        #expect(t.diagnostics(.buffer).isEmpty)
    }

    @Test("a meeting right after landing needs the 30 minute arrival buffer")
    func flightBufferAfter() throws {
        var t = try fukuokaTrip()
        try t.event("welcome", .meeting, at: "FUK", "2025-09-01 11:45", to: "12:15")
        #expect(t.diagnostics(.buffer).map(\.items) == [["out", "welcome"]])
    }

    @Test("rail buffers are 20 minutes before and 10 after")
    func railBuffers() throws {
        var t = try fukuokaTrip()
        try t.event("a", .meeting, at: "fukuoka", "2025-09-02 13:00", to: "14:00")
        try t.leg("train", .rail, "fukuoka", "kumamoto", depart: "2025-09-02 14:15", arrive: "2025-09-02 15:00")
        try t.event("b", .meeting, at: "kumamoto", "2025-09-02 15:05", to: "16:00")
        let found = t.diagnostics(.buffer)
        #expect(found.map(\.items) == [["a", "train"], ["train", "b"]])
        #expect(found.first?.message.en.contains("needs 20 min") == true)
        #expect(found.last?.message.en.contains("needs 10 min") == true)
    }

    @Test("date-only items are never measured for travel time")
    func dateOnlyIsQuiet() throws {
        var t = try fukuokaTrip()
        try t.event("x", .visit, at: "kumamoto", "2025-09-02")
        #expect(t.diagnostics(.travelTime).isEmpty)
    }
}
