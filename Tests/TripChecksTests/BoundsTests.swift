import Testing
import TripChecks
import TripModel

@Suite("Rule 5: bounds")
struct BoundsTests {
    @Test("an event after the last day is outside the trip's dates")
    func eventAfterEnd() throws {
        var t = try fukuokaTrip()
        try t.event("late", .visit, at: "tenjin", "2025-09-05")
        let found = t.diagnostics(.outsideDates)
        #expect(found.map(\.items) == [["late"]])
        #expect(found.first?.severity == .error)
    }

    @Test("zh-Hant messages write dates in ROC years, English ones in ISO")
    func messageDatesFollowTheLanguage() throws {
        var t = try fukuokaTrip()
        try t.event("late", .visit, at: "tenjin", "2025-09-05 10:00", to: "11:00", title: "晚到的拜會")
        let message = try #require(t.diagnostics(.outsideDates).first?.message)
        #expect(message.zh.contains("「晚到的拜會」（114 年 9 月 5 日 10:00–11:00 JST）"))
        #expect(message.zh.contains("出國期間 114 年 9 月 1 日至 9 月 3 日"))
        #expect(!message.zh.contains("2025"))
        #expect(message.en.contains("(2025-09-05 10:00–11:00 JST)") && message.en.contains("2025-09-01–2025-09-03"))
    }

    @Test("a stay beyond the last day is outside the trip's dates")
    func stayAfterEnd() throws {
        var t = try fukuokaTrip()
        t.stay("extra", at: "tenjin", "2025-09-03", "2025-09-04")
        #expect(t.diagnostics(.outsideDates).map(\.items) == [["extra"]])
    }

    @Test("a leg whose arrival is before its departure in absolute time is an error")
    func legArrivesBeforeDeparture() throws {
        var t = try fukuokaTrip()
        // 08:30 JST is 07:30 in Taipei, half an hour before the 08:00 departure: a zone mistake.
        t.delegation.legs[0].arrival = try Trip.moment("2025-09-01 08:30", at: "FUK")
        let found = t.diagnostics(.legArrivesBeforeDeparture)
        #expect(found.map(\.items) == [["out"]])
        #expect(found.first?.fix?.en.contains("destination") == true)
    }

    @Test("more than eight hours of buses in a day is too much ground travel")
    func groundTravelOverEightHours() throws {
        var t = try fukuokaTrip()
        try t.leg("b1", .bus, "tenjin", "miyazaki", depart: "2025-09-02 12:00", arrive: "2025-09-02 17:00")
        try t.leg("b2", .bus, "miyazaki", "tenjin", depart: "2025-09-02 17:30", arrive: "2025-09-02 22:00")
        let found = t.diagnostics(.groundTravel)
        #expect(found.map(\.items) == [["b1", "b2"]])
        #expect(found.first?.message.en.contains("9.5 h") == true)
    }

    @Test("six hours of buses in a day is fine")
    func groundTravelUnderLimit() throws {
        var t = try fukuokaTrip()
        try t.leg("b1", .bus, "tenjin", "kumamoto", depart: "2025-09-02 12:00", arrive: "2025-09-02 14:00")
        #expect(t.diagnostics(.groundTravel).isEmpty)
    }

    @Test("a day with nothing planned is noted as info")
    func emptyDay() throws {
        var t = try fukuokaTrip()
        t.delegation.events.removeAll { $0.id == "city" }
        let found = t.diagnostics(.emptyDay)
        #expect(found.map(\.day) == [day("2025-09-02")])
        #expect(found.first?.severity == .info)
        #expect(t.check().exitStatus(strict: true) == 0)
    }

    @Test("consecutive empty days are one note")
    func emptyDaysMerge() throws {
        var t = try fukuokaTrip()
        t.delegation.end = day("2025-09-06")
        t.delegation.legs[1] = Leg(
            id: "back",
            mode: .flight,
            fromID: "FUK",
            toID: "TPE",
            departure: try Trip.moment("2025-09-06 12:00", at: "FUK")
        )
        t.stay("more", at: "tenjin", "2025-09-03", "2025-09-06")
        let found = t.diagnostics(.emptyDay)
        #expect(found.count == 1)
        #expect(found.first?.message.en.contains("the 3 days from 2025-09-03 to 2025-09-05") == true)
    }
}
