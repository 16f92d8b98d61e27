import Foundation
import Testing
import TripChecks
import TripModel

@Suite("A plan with one planted problem of each kind")
struct PlantedProblemsTests {
    /// Fukuoka and Miyazaki, Monday 2025-09-15 (敬老の日) to Saturday 09-20, one problem per rule.
    static func planted() throws -> Trip {
        var t = Trip(start: "2025-09-15", end: "2025-09-20", members: 3)
        // Bounds: the arrival written in Taipei time lands before take-off.
        try t.leg("out", .flight, "TPE", "FUK", depart: "2025-09-15 08:00", arrive: "2025-09-15 08:30", number: "JX840")
        // Closed day: a call on a Japanese public holiday.
        try t.event("holiday", .call, at: "tenjin", "2025-09-15 14:00", to: "15:00", title: "福岡市役所", notes: ["n"])
        // Overlap.
        try t.event("city", .call, at: "tenjin", "2025-09-16 10:00", to: "11:00", title: "福岡縣廳", notes: ["n"])
        try t.event("lunch", .meal, at: "tenjin", "2025-09-16 10:30", to: "12:00", title: "午餐")
        // Travel time.
        try t.event("a", .meeting, at: "tenjin", "2025-09-17 10:00", to: "11:00", title: "天神會議", notes: ["n"])
        try t.event("b", .visit, at: "momochi", "2025-09-17 11:05", to: "12:00", title: "百道參訪", notes: ["n"])
        // Roster: someone who is not a member.
        try t.event(
            "c",
            .meal,
            at: "momochi",
            "2025-09-17 13:00",
            to: "14:00",
            title: "餐敘",
            participants: ["m1", "m2", "m3", "ghost"]
        )
        // Date-only: fifteen dated visits cannot fit one day.
        for i in 1...15 { try t.event("v\(i)", .visit, at: "tenjin", "2025-09-18", title: "visit \(i)", notes: ["n"]) }
        // Ground travel: nine hours on a bus.
        try t.leg("bus", .bus, "tenjin", "miyazaki", depart: "2025-09-19 06:00", arrive: "2025-09-19 15:00")
        try t.event("kuma", .meeting, at: "miyazaki", "2025-09-19 15:30", to: "16:30", title: "宮崎會議", notes: ["n"])
        // Continuity: from Miyazaki to the airport in Fukuoka (210 km) with no leg; buffer: an hour before the flight.
        try t.event("farewell", .meal, at: "FUK", "2025-09-20 10:00", to: "11:00", title: "送行")
        try t.leg("back", .flight, "FUK", "TPE", depart: "2025-09-20 12:00", arrive: "2025-09-20 13:30", number: "JX847")
        // Lodging: the night of 09-19 has no stay; the extra stay runs past the trip.
        t.stay("hotel", at: "tenjin", "2025-09-15", "2025-09-19")
        t.stay("extra", at: "FUK", "2025-09-20", "2025-09-21")
        // Report readiness: a placeholder in an otherwise finished report.
        t.delegation.purpose = "了解福岡新創政策。"
        t.delegation.summary = String(repeating: "福岡新創參訪交流。", count: 25)
        t.delegation.reflections = [Reflection(theme: "新創", text: "福岡以法規鬆綁吸引新創。")]
        t.delegation.suggestions = "建議設置○○窗口。"
        return t
    }

    @Test("each planted problem is reported once and nothing else is")
    func exactlyThePlantedProblems() throws {
        let result = try Self.planted().check(today: "2025-10-01")
        let problems = result.diagnostics.filter { $0.severity != .info }.map(\.code.rawValue).sorted()
        #expect(
            problems == [
                "buffer", "closed-day", "continuity-gap", "day-overfull", "ground-travel",
                "leg-arrives-before-departure", "lodging-missing", "outside-dates", "overlap", "placeholder",
                "travel-time", "unknown-participant",
            ],
            "\(result.diagnostics.map(\.message.en))"
        )
        #expect(result.exitStatus(strict: false) == 2)
    }

    @Test("turning a rule off in the plan removes its diagnostics")
    func ruleOff() throws {
        var t = try Self.planted()
        t.delegation.checks.disabled = ["closed-day", "bounds"]
        let codes = Set(t.codes(today: "2025-10-01"))
        #expect(!codes.contains(.closedDay))
        #expect(!codes.contains(.groundTravel) && !codes.contains(.outsideDates))
        #expect(codes.contains(.overlap))
    }

    @Test("warnings alone exit 0, or 1 with --strict")
    func exitStatusForWarnings() throws {
        var t = try fukuokaTrip()
        t.delegation.members[0].role = .member
        let result = t.check()
        #expect(result.exitStatus(strict: false) == 0)
        #expect(result.exitStatus(strict: true) == 1)
    }

    @Test("JSON output has the documented top-level keys and kebab-case codes")
    func jsonShape() throws {
        let result = try Self.planted().check(today: "2025-10-01")
        let data = try JSONEncoder().encode(result)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["format", "delegation", "title", "today", "diagnostics", "counts"])
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["code"] as? String == "leg-arrives-before-departure")
        #expect((first?["message"] as? [String: String])?["zh"] != nil)
        #expect(first?["day"] as? String == "2025-09-15")
    }

    @Test("schedule and show can mark the items a diagnostic names")
    func flaggedItems() throws {
        let result = try Self.planted().check(today: "2025-10-01")
        #expect(result.flaggedItems["city"] == .error)
        #expect(result.flaggedItems["b"] == .warning)
        #expect(result.flaggedItems["v1"] == .warning)
        #expect(result.diagnostics(naming: "lunch").map(\.code) == [.overlap])
    }
}
