import Foundation
import Testing
import TripModel

@testable import TripReport

@Suite struct CouncilKindTests {
    @Test func coverHasSessionTitleReportersAndDate() throws {
        let doc = try Render().document(USA.delegation(), kind: "council")
        #expect(
            doc.coverLines == [
                "臺中市議會第4屆第7次定期會",
                "臺中市市長赴美市政考察交流成果、招商引資具體成效及對本市未來發展之實質效益評估專案報告",
                "報告人：",
                "臺中市政府經濟發展局 局長張峯源",
                "臺中市政府秘書處 處長謝佳蓁",
                "中華民國 115 年 3 月 27 日",
            ]
        )
    }

    @Test func fourPartsComeInOrder() throws {
        let doc = try Render().document(USA.delegation(), kind: "council")
        #expect(doc.parts == ["壹、前言", "貳、臺中市市長赴美市政考察交流成果", "參、具體成效", "肆、結語"])
        #expect(doc.blocks.contains(.toc(title: "目錄")))
    }

    @Test func introductionCarriesTheItineraryByDateAndPlace() throws {
        let doc = try Render().document(USA.delegation(), kind: "council")
        let table = try #require(doc.tables.first)
        #expect(table.header.first?.map(\.text) == ["日期/地點", "行程內容"])
        #expect(table.rows[1][0].lines == ["3/11（三）—3/13（五）", "大波士頓地區"])
        #expect(table.rows[1][1].text == "拜會 姊妹市曼徹斯特市政府")
    }

    @Test func resultsListReflectionsByThemeThenOutcomes() throws {
        let doc = try Render().document(USA.delegation(), kind: "council")
        let results = doc.headings.drop { $0.fullText != "參、具體成效" }.dropFirst().prefix { $0.level > 1 }
        #expect(results.map(\.fullText) == ["一、城市治理經驗交流", "二、研發創新與前瞻科技發展", "三、具體成果"])
    }

    @Test func closingIsAPromptWhenNoSummaryIsWritten() throws {
        let doc = try Render().document(USA.delegation(), kind: "council")
        #expect(doc.prompts.last?.hasPrefix("【待填】請撰寫結語，總結本次行程：姊妹市曼徹斯特市政府、") == true)
    }
}
