import Testing
import TripChecks
import TripModel

@Suite("Rules on real trips: one diagnostic per real problem")
struct RealTripRuleTests {
    @Test("a member who joins on day 2 with their own legs, and leaves early on their own, is not absent before or after")
    func lateJoinerAndEarlyLeaver() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                events: """
                    - {id: d1, kind: 參訪, title: 第一天參訪, date: 2026-05-22, start: "15:00", place: hotel, participants: [lin, kao]}
                    - {id: d2, kind: 參訪, title: 第二天參訪, date: 2026-05-23, start: "10:00", place: hotel}
                    - {id: d3, kind: 參訪, title: 第三天參訪, date: 2026-05-24, start: "10:00", place: hotel, participants: [lin, kao]}
                    - {id: d4, kind: 參訪, title: 第四天參訪, date: 2026-05-25, start: "10:00", place: hotel, participants: [lin, kao]}
                    """,
                members: """
                    - {id: lin, name: 林雅婷, title: 局長, unit: 測試市政府, role: leader}
                    - {id: kao, name: 高志明, title: 科長, unit: 測試市政府}
                    - {id: mayor, name: 陳市長, title: 市長, unit: 測試市政府}
                    """,
                legs: """
                    - {id: out, mode: flight, from: TPE, to: ICN, depart: "2026-05-22 08:10", arrive: "2026-05-22 11:40", participants: [lin, kao]}
                    - {id: mayor-in, mode: flight, from: TPE, to: ICN, depart: "2026-05-23 07:00", arrive: "2026-05-23 09:30", participants: [mayor]}
                    - {id: mayor-out, mode: flight, from: ICN, to: TPE, depart: "2026-05-23 20:00", arrive: "2026-05-23 21:40", participants: [mayor]}
                    - {id: back, mode: flight, from: ICN, to: TPE, depart: "2026-05-26 18:00", arrive: "2026-05-26 19:40", participants: [lin, kao]}
                    """
            )
        )
        #expect(PlanFiles.diagnostics(d, .memberAbsent).isEmpty)
    }

    @Test("a member with nothing on a day in the middle of their own stay is still absent")
    func absentInTheMiddle() throws {
        var t = try fukuokaTrip(members: 2)
        try t.event("solo", .visit, at: "tenjin", "2025-09-02 15:00", to: "16:00", participants: ["m1"])
        t.delegation.events.removeAll { $0.id == "city" }
        #expect(t.diagnostics(.memberAbsent).map(\.members) == [["m2"]])
    }

    @Test("no travel-time estimate across an ocean on top of the continuity gap (shared/cases ocean-gap-travel-time-noise)")
    func oceanGapIsOneDiagnostic() throws {
        let d = try PlanFiles.delegation("ocean-gap-travel-time-noise.yaml")
        let codes = PlanFiles.codes(d)
        #expect(!codes.contains(.travelTime))
        #expect(!codes.contains(.buffer))
        let gaps = PlanFiles.diagnostics(d, .continuityGap)
        #expect(gaps.contains { $0.items == ["fra-lunch", "la-call"] })
    }

    @Test("a date-only call on the day of a 07:00 flight cannot fit (shared/cases dayfit-before-early-flight)")
    func dayFitBeforeAnEarlyFlight() throws {
        let d = try PlanFiles.delegation("dayfit-before-early-flight.yaml")
        let found = PlanFiles.diagnostics(d, .dayOverfull)
        #expect(found.map(\.day) == [day("2026-03-14")])
        #expect(found.first?.items == ["sf2", "hop"])
        #expect(found.first?.message.zh.contains("須在") == true)
    }

    @Test("items known by a part of the day fit in it, and too many for a morning overfill it")
    func partsOfTheDay() throws {
        let fits = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: a, name: 甲地, city: 首爾}",
                events: """
                    - {id: m, kind: 參訪, title: 上午參訪, date: 2026-05-22, start: 下午, place: a}
                    - {id: e, kind: 餐敘, title: 晚宴, date: 2026-05-22, start: 晚間, place: a}
                    """
            )
        )
        #expect(PlanFiles.diagnostics(fits, .dayOverfull).isEmpty)
        let many = (1...6).map { "- {id: v\($0), kind: 參訪, title: 參訪\($0), date: 2026-05-23, start: 上午, place: a}" }.joined(separator: "\n")
        let crowded = try PlanFiles.delegation(text: PlanFiles.seoul(places: "- {id: a, name: 甲地, city: 首爾}", events: many))
        #expect(PlanFiles.diagnostics(crowded, .dayOverfull).map(\.day) == [day("2026-05-23")])
    }

    @Test("a city government and its city hall building are two bodies, not one name written two ways")
    func kindWordIsNotAVariant() throws {
        var t = try fukuokaTrip()
        try t.event("gov", .call, at: "tenjin", "2025-09-02 14:00", to: "15:00", title: "首爾特別市政府")
        try t.event("hall", .visit, at: "tenjin", "2025-09-02 16:00", to: "17:00", title: "首爾特別市政廳")
        try t.event("a", .study, at: "tenjin", "2025-09-03 09:00", to: "10:00", title: "柳橋聯合市場")
        try t.event("b", .study, at: "tenjin", "2025-09-03 10:30", to: "11:00", title: "柳橋連合市場")
        let found = t.diagnostics(.nameVariants, today: "2025-10-01")
        #expect(found.map { Set($0.items) } == [["a", "b"]])
    }

    @Test("a leg of unknown mode, leaving within a range of days, carries the move and asks no buffer")
    func unknownModeLeg() throws {
        let text = PlanFiles.seoul(
            places: "- {id: busan-hall, name: 釜山廣域市廳, city: 부산}",
            events: """
                - {id: seoul, kind: 拜會, title: 首爾拜會, date: 2026-05-22, end: 2026-05-23, place: hotel}
                - {id: busan, kind: 拜會, title: 釜山拜會, date: 2026-05-24, start: "10:00", place: busan-hall}
                """,
            legs: """
                - {id: out, mode: flight, from: TPE, to: ICN, depart: "2026-05-22 08:10", arrive: "2026-05-22 11:40"}
                - {id: south, from: 首爾, to: 釜山, depart: 2026-05-23, depart_by: 2026-05-24, remark: 隨後前往釜山}
                - {id: back, mode: flight, from: PUS, to: TPE, depart: "2026-05-26 18:00", arrive: "2026-05-26 19:40"}
                """
        )
        let d = try PlanFiles.delegation(text: text)
        #expect(d.legs[1].mode == .unknown)
        #expect(d.legs[1].departBy == day("2026-05-24"))
        let codes = PlanFiles.codes(d)
        #expect(!codes.contains(.continuityGap), "\(codes)")
        #expect(!codes.contains(.buffer))
        #expect(!codes.contains(.groundTravel))
    }

    @Test("a city name shared by cities far apart warns and lists them; a region says which")
    func ambiguousCity() throws {
        let plan = { (place: String) in
            """
            tripwright: 1
            id: nh
            title: 測試
            category: 訪問
            agency: 測試市政府
            home: 臺中市
            start: 2026-03-11
            end: 2026-03-14
            countries: [US]
            members:
            - {id: lu, name: 盧秀燕, title: 市長, unit: 臺中市政府, role: leader}
            places:
            - \(place)
            events:
            - {id: call, kind: 拜會, title: 姊妹市拜會, date: 2026-03-12, place: manchester}
            """
        }
        let bare = try PlanFiles.delegation(text: plan("{id: manchester, name: 曼徹斯特市政府, city: Manchester, country: US}"))
        let found = PlanFiles.diagnostics(bare, .placeAmbiguous)
        #expect(found.map(\.items) == [["call"]])
        #expect(found.first?.message.zh.contains("新罕布夏州") == true)
        #expect(found.first?.message.zh.contains("康乃狄克州") == true)
        #expect(found.first?.fix?.zh.contains("region: NH") == true)
        for resolved in [
            "{id: manchester, name: 曼徹斯特市政府, city: Manchester, region: NH, country: US}",
            "{id: manchester, name: 曼徹斯特市政府, city: \"Manchester, New Hampshire\"}",
            "{id: manchester, name: 曼徹斯特市政府, city: \"曼徹斯特, 新罕布夏州\"}",
        ] {
            let d = try PlanFiles.delegation(text: plan(resolved))
            #expect(PlanFiles.diagnostics(d, .placeAmbiguous).isEmpty, "\(resolved)")
            #expect((d.place("manchester")?.point?.latitude ?? 0) > 42.9, "\(resolved)")
        }
    }

    @Test("Hangul city names resolve and the plan raises nothing (shared/cases hangul-city)")
    func hangulCity() throws {
        let d = try PlanFiles.delegation("hangul-city.yaml")
        #expect(d.place("cityhall")?.zone.identifier == "Asia/Seoul")
        #expect(PlanFiles.codes(d).isEmpty)
    }
}
