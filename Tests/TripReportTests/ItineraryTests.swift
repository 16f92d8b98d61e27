import Foundation
import Testing
import TripModel
import TripStore

@testable import TripReport

/// Plans read from YAML text by the real reader, for the itinerary and drafted text.
private func planned(
    _ body: String,
    start: String = "2026-05-18",
    end: String = "2026-05-23",
    members: String = "- {id: lin, unit: 臺南市政府觀光旅遊局, title: 局長, name: 林雅婷, role: leader}"
) throws -> Delegation {
    let text = """
        tripwright: 1
        id: it
        title: 測試出國報告
        category: 訪問
        agency: 臺南市政府觀光旅遊局
        home: 臺南市
        start: \(start)
        end: \(end)
        members:
        \(members)
        \(body)
        """
    return try PlanReader().read(text: text, fileName: "t.yaml", baseDirectory: FileManager.default.temporaryDirectory).delegation
}

/// The itinerary table's rows as text: each row's cells joined with " | ".
private func itineraryRows(_ d: Delegation, kind: String = "trip") throws -> [String] {
    let doc = try Render().document(d, kind: kind)
    let table = try #require(doc.tables.first { $0.header.first?.first?.text.hasPrefix("日期") == true })
    return table.rows.map { $0.map(\.text).joined(separator: " | ") }
}

@Suite("參訪日程 reads the days as they happened")
struct ItineraryTests {
    @Test("a date-only flight comes before the visits at its destination and after those at its origin")
    func dayOrder() throws {
        let d = try planned(
            """
            events:
            - {id: ngo, kind: 參訪, title: 名古屋城, date: 2026-05-19, place: Nagoya}
            - {id: spk, kind: 參訪, title: 札幌市役所, date: 2026-05-19, place: Sapporo}
            legs:
            - {id: hop, mode: flight, from: CTS, to: NGO, depart: 2026-05-19}
            """
        )
        let rows = try itineraryRows(d)
        let i = { (s: String) in rows.firstIndex { $0.contains(s) } ?? -1 }
        #expect(i("札幌市役所") < i("札幌→名古屋") && i("札幌→名古屋") < i("名古屋城"), "\(rows)")
    }

    @Test("an item spanning days is on each day with its span; alone, its days share one date cell")
    func spans() throws {
        let d = try planned(
            """
            events:
            - {id: expo, kind: 參訪, title: 首爾國際觀光展, date: 2026-05-19, end: 2026-05-21, place: Seoul}
            - {id: call, kind: 拜會, title: 首爾觀光公社, date: 2026-05-20, place: Seoul, host: 首爾觀光公社}
            - {id: fair, kind: 參訪, title: 釜山旅展, date: 2026-05-22, end: 2026-05-23, place: Busan}
            """
        )
        let rows = try itineraryRows(d)
        #expect(rows.filter { $0.contains("首爾國際觀光展（5/19–5/21）") }.count == 3, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("5月22日至5月23日 (星期五至星期六) | 參訪 | 釜山旅展") }, "\(rows)")
    }

    @Test("on a split day each item says who took part")
    func splitDay() throws {
        let d = try planned(
            """
            events:
            - {id: a, kind: 拜會, title: 拜會首爾市政府, date: 2026-05-19, start: "10:00", place: Seoul, participants: [lin]}
            - {id: b, kind: 參訪, title: 參訪景福宮, date: 2026-05-19, start: "10:00", place: Seoul, participants: [kao, wu]}
            """,
            members: """
                - {id: lin, unit: 局, title: 局長, name: 林雅婷, role: leader}
                - {id: kao, unit: 局, title: 科長, name: 高志明}
                - {id: wu, unit: 局, title: 專員, name: 吳佩珊}
                """
        )
        let rows = try itineraryRows(d)
        #expect(rows.contains { $0.contains("10:00 拜會首爾市政府（林雅婷）") }, "\(rows)")
        #expect(rows.contains { $0.contains("10:00 參訪景福宮（高志明、吳佩珊）") }, "\(rows)")
    }

    @Test("the day the return flight lands has its row")
    func landingDay() throws {
        let d = try planned(
            """
            legs:
            - {id: back, mode: flight, carrier: 長榮航空, number: BR169, from: ICN, to: TPE, depart: "2026-05-22 23:30", arrive: "2026-05-23 01:20"}
            """
        )
        let rows = try itineraryRows(d)
        #expect(rows.contains { $0.hasPrefix("5月23日 (星期六) | 歸國 | 01:20 抵達桃園（長榮航空 BR169）") }, "\(rows)")
    }

    @Test("cities are named in zh-Hant from the gazetteer, one city one name")
    func cityNames() throws {
        let d = try planned(
            """
            events:
            - {id: a, kind: 參訪, title: 甲, date: 2026-05-19, place: New York}
            - {id: b, kind: 參訪, title: 乙, date: 2026-05-20, place: New York City}
            legs:
            - {id: out, mode: flight, from: TPE, to: Boston, depart: 2026-05-18}
            - {id: hop, mode: rail, from: Boston, to: New York, depart: 2026-05-19}
            - {id: west, mode: flight, from: Washington, to: Seattle, depart: 2026-05-21}
            """
        )
        let rows = try itineraryRows(d)
        #expect(rows.contains { $0.contains("桃園→波士頓") }, "\(rows)")
        #expect(rows.contains { $0.contains("華盛頓→西雅圖") }, "\(rows)")
        let council = try itineraryRows(d, kind: "council")
        // New York and New York City are one city: one cell over both days.
        let cell = try #require(council.firstIndex { $0.hasPrefix("5/19（二）—5/20（三） 紐約 | 參訪 甲") }, "\(council)")
        #expect(council[cell + 1] == "參訪 乙")
    }

    @Test("the plan's area labels the council table's cell")
    func areaLabel() throws {
        let d = try planned(
            """
            events:
            - {id: a, kind: 拜會, title: 姊妹市曼徹斯特市政府, date: 2026-05-19, end: 2026-05-21, place: "Manchester, NH", area: 大波士頓地區}
            - {id: b, kind: 參訪, title: 麻省理工學院, date: 2026-05-19, end: 2026-05-21, place: "Cambridge, MA", area: 大波士頓地區}
            """
        )
        let rows = try itineraryRows(d, kind: "council")
        #expect(rows.first == "5/19（二）—5/21（四） 大波士頓地區 | 拜會 姊妹市曼徹斯特市政府", "\(rows)")
        #expect(rows.count == 2)
    }
}

@Suite("The drafted text says what happened, once")
struct DraftedTextTests {
    @Test("摘要 groups cities under their country and spaces the dates")
    func summaryByCountry() throws {
        let d = try planned(
            """
            events:
            - {id: a, kind: 拜會, title: 拜會首爾市政府, date: 2026-05-18, place: 首爾, host: 首爾特別市政府}
            - {id: b, kind: 拜會, title: 拜會釜山市政府, date: 2026-05-19, place: 부산, host: 釜山廣域市政府}
            - {id: c, kind: 拜會, title: 拜會福岡市役所, date: 2026-05-21, place: 福岡, host: 福岡市役所}
            """
        )
        let summary = try Render().generator.draftSummary(for: d)
        #expect(summary.contains("於 115 年 5 月 18 日率團共 1 人赴韓國首爾、釜山及日本福岡進行訪問，至 5 月 23 日返國"), "\(summary)")
    }

    @Test("a prompt does not repeat the kind its title starts with, and a visit with no host names no organisation")
    func promptsAndHostless() throws {
        let d = try planned(
            """
            events:
            - {id: a, kind: 拜會, title: 拜會駐韓國台北代表部, date: 2026-05-18, place: 首爾, host: 駐韓國台北代表部}
            - {id: b, kind: 參訪, title: 廣藏市場, date: 2026-05-19, place: 首爾}
            """
        )
        let doc = try Render().document(d)
        #expect(doc.prompts.contains { $0.contains("5 月 18 日「拜會駐韓國台北代表部」") }, "\(doc.prompts)")
        #expect(!doc.prompts.contains { $0.contains("拜會「拜會") })
        let summary = try Render().generator.draftSummary(for: d)
        #expect(summary.contains("共拜會及參訪 1 個機關及單位，包括駐韓國台北代表部，"), "\(summary)")
        #expect(!summary.contains("包括駐韓國台北代表部、廣藏市場"))
    }

    @Test("a press row keeps the date apart from an outlet written in Hangul or Latin")
    func pressRow() throws {
        let d = try planned(
            """
            press:
            - {id: p1, date: 2026-05-19, outlet: 연합뉴스, headline: 대만 대표단 방문}
            - {id: p2, date: 2026-05-20, outlet: 中央社, headline: 臺南觀光局訪韓}
            """
        )
        let md = try Render().markdown(d)
        #expect(md.contains("115年5月19日 연합뉴스"), "\(md)")
        #expect(md.contains("115年5月20日中央社"))
    }

    @Test("a headcount and companions show on the cover and under the members table")
    func headcountAndCompanions() throws {
        let d = try planned(
            """
            headcount: 15
            companions:
            - {name: 梁光中, title: 大使, unit: 駐韓國台北代表部}
            """
        )
        let doc = try Render().document(d)
        #expect(doc.coverLines.contains { $0.contains("林雅婷局長等 15 人") }, "\(doc.coverLines)")
        #expect(doc.texts.contains("本團出國人數共 15 人，上表列出其中 1 人。"))
        #expect(doc.texts.contains("隨行人員（非出國人員）：駐韓國台北代表部大使梁光中"))
    }
}
