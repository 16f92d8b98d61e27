import Foundation
import Testing
import TripModel

@testable import TripReport

@Suite struct TripKindTests {
    @Test func coverStatesTheFactsOfSeed000() throws {
        let doc = try Render().document(Kyushu.delegation())
        #expect(
            doc.coverLines == [
                "公務出國或赴大陸地區報告(出國類別：考察)",
                "創業輔導及創新交流計畫赴日本福岡、熊本及宮崎考察交流",
                "服務機關：臺中市政府經濟發展局",
                "姓名職稱：張峯源局長等 4 人",
                "派赴國家：日本",
                "出國期間：114 年 8 月 31 日至 9 月 6 日",
                "報告日期：114 年 11 月 4 日",
            ]
        )
    }

    @Test func sevenPartsComeInOrderWithGeneratedNumbers() throws {
        let doc = try Render().document(Kyushu.delegation())
        #expect(doc.parts == ["壹、摘要", "貳、出國人員名單", "參、目的", "肆、過程", "伍、心得", "陸、建議", "柒、新聞輿情蒐集"])
    }

    @Test func visitSectionsAreNumberedOnceEachAfterTheItinerary() throws {
        let doc = try Render().document(Kyushu.delegation())
        let process = doc.headings.drop { $0.fullText != "肆、過程" }.dropFirst().prefix { $0.level > 1 }
        let numbers = process.filter { $0.level == 2 }.map(\.number)
        #expect(process.first?.fullText == "一、參訪日程")
        #expect(numbers == (1...numbers.count).map { ChineseNumeral.plain($0) + "、" })
        #expect(process.contains { $0.fullText == "二、柳橋連合市場" })
        #expect(Set(numbers).count == numbers.count)
    }

    @Test func contentsListsExactlyTheBodyHeadings() throws {
        let doc = try Render().document(Kyushu.delegation())
        #expect(doc.tocEntries.map(\.fullText) == doc.headings.filter { $0.level <= 2 }.map(\.fullText))
    }

    @Test func membersTableHasOrderUnitTitleName() throws {
        let doc = try Render().document(Kyushu.delegation())
        let table = try #require(doc.tables.first)
        #expect(table.header.first?.map(\.text) == ["項次", "單位", "職稱", "姓名"])
        #expect(table.rows.map { $0.map(\.text) }[1] == ["2", "臺中市政府經濟發展局(商業科)", "科長", "洪青瑞"])
        #expect(table.rows.count == 4)
    }

    @Test func itineraryListsFlightsWithNumbersAndDaysWithWeekdays() throws {
        let doc = try Render().document(Kyushu.delegation())
        let table = doc.tables[1]
        let first = table.rows[0].map(\.text)
        #expect(first == ["8月31日 (星期日)", "啟程", "桃園→福岡 搭乘星宇航空 JX840 班機"])
        #expect(table.rows[0][0].rowSpan == 1)
        #expect(table.rows[1][0].lines == ["9月1日", "(星期一)"])
        #expect(table.rows[1][0].rowSpan == 6)
        #expect(table.rows.last?.map(\.text) == ["9月6日 (星期六)", "歸國", "福岡→桃園 搭乘星宇航空 JX847 班機 返回臺灣"])
        #expect(table.rows[6].map(\.text) == ["交通移動", "福岡→熊本 搭乘巴士移動至熊本"])
    }

    @Test func visitShowsNotesPeopleOutcomesAndPhotos() throws {
        let md = try Render().markdown(Kyushu.delegation())
        #expect(md.contains("會晤人員：長倉佐知子部長（宮崎縣環境森林部）、星原透會長（宮崎縣森林林業協會）"))
        #expect(md.contains("- 雙方簽署木材利用合作備忘錄（MOU）（114 年 10 月 3 日）"))
        #expect(md.contains("![木材利用促進協議簽署儀式](images/forest-1.jpg)"))
    }

    @Test func visitWithoutNotesGetsAPromptBuiltFromItsData() throws {
        let doc = try Render().document(Kyushu.delegation())
        #expect(doc.prompts.contains("【待填】請記述 9 月 4 日 參訪「UMK 住宅展示場」的過程與交流重點（接待單位：宮崎放送）。"))
    }

    @Test func unwrittenReflectionsBecomeOnePromptPerThemeListingItsVisits() throws {
        let doc = try Render().document(Kyushu.delegation())
        let reflections = doc.headings.drop { $0.fullText != "伍、心得" }.dropFirst().prefix { $0.level > 1 }
        #expect(reflections.map(\.text) == ["傳統市場", "新創", "會展", "招商", "半導體", "林業", "觀光"])
        #expect(doc.prompts.contains("【待填】請就「半導體」撰寫心得；相關行程：公益財團法人熊本產業支援財團。"))
    }

    @Test func writtenReflectionsReplaceThePrompts() throws {
        let doc = try Render().document(Kyushu.delegation(reflections: true))
        let reflections = doc.headings.drop { $0.fullText != "伍、心得" }.dropFirst().prefix { $0.level > 1 }
        #expect(reflections.map(\.fullText) == ["一、地方創業生態與新創基地推動", "二、永續林業與木材產業鏈合作"])
        #expect(!doc.prompts.contains { $0.contains("撰寫心得") })
    }

    @Test func draftedSummaryHas200To300CJKCharactersFromTheData() throws {
        let render = try Render()
        let summary = try render.generator.draftSummary(for: Kyushu.delegation())
        #expect((200...300).contains(summary.cjkCount), "\(summary.cjkCount): \(summary)")
        #expect(summary.hasPrefix("臺中市政府經濟發展局局長張峯源於 114 年 8 月 31 日率團共 4 人赴日本福岡、熊本、宮崎、日南進行考察，至 9 月 6 日返國"))
        // Visits with no host (肥後 Yokamon 市場) name no organisation.
        #expect(summary.contains("14 個機關及單位"))
        #expect(!summary.contains("肥後 Yokamon 市場"))
        #expect(summary.contains("木材利用合作備忘錄（MOU）"))
    }

    @Test func writtenSummaryAlwaysWins() throws {
        let doc = try Render().document(Kyushu.delegation(summary: "本局張局長率團赴九州。"))
        let summaryIndex = try #require(doc.blocks.firstIndex { if case let .heading(h) = $0 { h.text == "摘要" } else { false } })
        #expect(doc.blocks[summaryIndex + 1] == .paragraph(Paragraph("本局張局長率團赴九州。")))
    }

    @Test func noClockTimeAppearsWhenTheDataHasNone() throws {
        let md = try Render().markdown(Kyushu.delegation())
        #expect(md.range(of: #"\b\d{1,2}:\d{2}\b"#, options: .regularExpression) == nil)
    }

    @Test func clockTimesInTheDataAreShownInLocalTime() throws {
        var d = Kyushu.delegation()
        d.legs[0].departure = try Moment(date: Fixture.date(2025, 8, 31), time: LocalTime(hour: 6, minute: 50), zone: .taipei)
        let table = try Render().document(d).tables[1]
        #expect(table.rows[0].last?.text == "06:50 桃園→福岡 搭乘星宇航空 JX840 班機")
    }

    @Test func appendixAppearsOnlyWithFollowUps() throws {
        let render = try Render()
        #expect(!(try render.document(Kyushu.delegation()).headings.contains { $0.text == "附錄" }))
        var d = Kyushu.delegation()
        d.events[0].followUps = [FollowUp(task: "安排回訪", owner: "hung", due: Fixture.date(2025, 10, 31))]
        let doc = try render.document(d)
        #expect(doc.parts.last == "附錄")
        #expect(doc.tables.last?.rows.first?.map(\.text) == ["安排回訪", "洪青瑞", "114 年 10 月 31 日", "待辦", "柳橋連合市場"])
    }

    @Test func pressClippingsShowDateOutletAndHeadline() throws {
        let md = try Render().markdown(Kyushu.delegation())
        #expect(md.contains("![114年9月9日工商時報 中市府參訪姊妹市宮崎縣受熱情歡迎 （報導日媒肯定施政）](images/ctee.jpg)"))
    }

    @Test func missingPhotoFileBecomesAPromptInThePicturesPlace() throws {
        var d = Kyushu.delegation()
        d.events[0].photos = [Photo(file: nil, caption: "古賀和秀理事長分享市場管理")]
        let doc = try Render().document(d)
        #expect(doc.prompts.contains("【待填】照片檔案未提供：（未指定）"))
    }
}
