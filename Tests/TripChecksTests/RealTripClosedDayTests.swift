import Testing
import TripChecks
import TripModel

@Suite("Rule 7 on real trips: closed days by the kind of body")
struct RealTripClosedDayTests {
    @Test("a visit to a ballpark on a substitute holiday is quiet: venues open then")
    func ballparkOnSubstituteHoliday() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: jamsil, name: 蠶室棒球場, city: 首爾}",
                events: "- {id: game, kind: 參訪, title: 觀賞職棒, date: 2026-05-25, place: jamsil, host: 斗山熊隊}"
            )
        )
        #expect(PlanFiles.diagnostics(d, .closedDay).isEmpty)
    }

    @Test("a visit to a state library on a Sunday is quiet")
    func stateLibraryOnSunday() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: lib, name: 首爾圖書館, english_name: Seoul Metropolitan Library, city: 首爾}",
                events: "- {id: lib, kind: 參訪, title: 參訪首爾圖書館, date: 2026-05-24, place: lib, host: 首爾圖書館}"
            )
        )
        #expect(PlanFiles.diagnostics(d, .closedDay).isEmpty)
    }

    @Test("an event the host holds on a Sunday (a forum) is quiet")
    func hostRunForumOnSunday() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: coex, name: 首爾市政府, city: 首爾}",
                events: "- {id: forum, kind: 會議, title: 2026 亞洲城市論壇, date: 2026-05-24, place: coex, host: 首爾特別市政府}"
            )
        )
        #expect(PlanFiles.diagnostics(d, .closedDay).isEmpty)
    }

    @Test("a Saturday call on a community association is quiet")
    func associationOnSaturday() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: assoc, name: 韓華協會, city: 首爾}",
                events: "- {id: call, kind: 拜會, title: 拜會旅韓華僑協會, date: 2026-05-23, place: assoc, host: 旅韓華僑協會}"
            )
        )
        #expect(PlanFiles.diagnostics(d, .closedDay).isEmpty)
    }

    @Test("a call on a city government on a substitute holiday warns, says why, and names the holiday in both languages")
    func governmentOnHoliday() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: hall, name: 首爾特別市政府, city: 서울}",
                events: "- {id: call, kind: 拜會, title: 拜會首爾特別市政府, date: 2026-05-25, place: hall, host: 首爾特別市政府}"
            )
        )
        let found = PlanFiles.diagnostics(d, .closedDay)
        #expect(found.map(\.items) == [["call"]])
        let zh = found.first?.message.zh ?? ""
        let en = found.first?.message.en ?? ""
        #expect(zh.contains("韓國的國定假日「佛誕節補假（부처님오신날 대체 휴일）」"))
        #expect(zh.contains("依名稱「首爾特別市政府」判斷是政府機關"))
        #expect(en.contains("a public holiday in South Korea (Alternative holiday for Buddha's Birthday (부처님오신날 대체 휴일))"))
        #expect(en.contains("government office"))
    }

    @Test("a call with no host and no type is taken as one on an office, and the message says so")
    func defaultFromTheKind() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: x, name: 某單位, city: 首爾}",
                events: "- {id: call, kind: 拜會, title: 拜會某單位, date: 2026-05-23, place: x}"
            )
        )
        let found = PlanFiles.diagnostics(d, .closedDay)
        #expect(found.map(\.items) == [["call"]])
        #expect(found.first?.message.zh.contains("未標明類型，拜會視為對政府機關") == true)
    }

    @Test("a plan can say a body is open: host_type, or a place's open days")
    func statedOpening() throws {
        let typed = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: x, name: 某市政府, city: 首爾}",
                events: "- {id: call, kind: 拜會, title: 拜會, date: 2026-05-23, place: x, host: 某市政府, host_type: association}"
            )
        )
        #expect(PlanFiles.diagnostics(typed, .closedDay).isEmpty)
        let open = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: x, name: 某市政府, city: 首爾, open: [weekend, holidays]}",
                events: "- {id: a, kind: 拜會, title: 週六拜會, date: 2026-05-23, place: x}\n- {id: b, kind: 拜會, title: 假日拜會, date: 2026-05-25, place: x}"
            )
        )
        #expect(PlanFiles.diagnostics(open, .closedDay).isEmpty)
    }

    @Test("a place's closed days are warned even for a venue (a museum on its Monday)")
    func closedWeekday() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: museum, name: 國立中央博物館, city: 首爾, closed: [mon]}",
                events: "- {id: visit, kind: 參訪, title: 參觀博物館, date: 2026-05-25, place: museum}"
            )
        )
        let found = PlanFiles.diagnostics(d, .closedDay)
        #expect(found.map(\.items) == [["visit"]])
        #expect(found.first?.message.zh.contains("計畫寫明該地點週一休息") == true)
    }

    @Test("an item known only to fall within several days warns only when every one of them is closed")
    func spanWithAWorkingDay() throws {
        let d = try PlanFiles.delegation(
            text: PlanFiles.seoul(
                places: "- {id: hall, name: 首爾特別市政府, city: 首爾}",
                events: """
                    - {id: within, kind: 拜會, title: 拜會（日期未定）, date: 2026-05-23, end: 2026-05-26, place: hall}
                    - {id: closed, kind: 拜會, title: 拜會（連假中）, date: 2026-05-23, end: 2026-05-25, place: hall}
                    """
            )
        )
        #expect(PlanFiles.diagnostics(d, .closedDay).map(\.items) == [["closed"]])
    }
}
