import Foundation
import Testing
import TripModel
@testable import TripReport

@Suite struct FormTests {
    @Test func abstractListsTheUploadSystemFieldsInOrder() throws {
        let render = try Render()
        let meta = try render.generator.metadata(for: Kyushu.delegation(), pageCount: 31)
        #expect(meta.fields.map(\.name) == ["計畫名稱", "報告名稱", "報告日期", "報告書頁數", "計畫主辦機關", "出國人員", "出國人數",
                                            "出國期間", "前往地區", "參訪機關", "出國類別", "關鍵詞", "主題分類", "報告內容摘要"])
        #expect(meta.value("報告日期") == "114/11/04")
        #expect(meta.value("出國期間") == "114/08/31 至 114/09/06")
        #expect(meta.value("報告書頁數") == "31")
        #expect(meta.value("參訪機關")?.hasPrefix("柳橋連合市場協同組合、福岡市經濟觀光文化局創業推進部、") == true)
        #expect(meta.members[1] == ["姓名": "洪青瑞", "服務機關": "臺中市政府經濟發展局", "服務單位": "商業科", "職稱": "科長", "官職等": ""])
    }

    @Test func abstractJSONIsValidAndKeepsMembersAsObjects() throws {
        let meta = try Render().generator.metadata(for: Kyushu.delegation(), pageCount: nil)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(meta.json().utf8)) as? [String: Any])
        #expect(object["報告書頁數"] is NSNull)
        #expect((object["出國人員"] as? [[String: String]])?.first?["姓名"] == "張峯源")
        #expect(object["出國期間"] as? String == "114/08/31 至 114/09/06")
    }

    @Test func abstractCSVQuotesValuesWithCommasAndQuotes() throws {
        var d = Kyushu.delegation()
        d.title = "計畫, \"甲\""
        let csv = try Render().generator.metadata(for: d, pageCount: 3).csv()
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("計畫名稱,報告名稱,報告日期,報告書頁數,"))
        #expect(lines[1].hasPrefix("\"計畫, \"\"甲\"\"\","))
    }

    @Test func reviewFormHasItemsAndThreeSignatureLines() throws {
        let doc = try Render().document(Kyushu.delegation(), kind: "review-form")
        let items = doc.tables[0].rows.map { $0.first?.text ?? "" }
        for item in ["依限繳交", "格式完整（本文具備目的、過程、心得及建議事項）", "無抄襲", "內容充實完備", "建議具參考價值",
                     "送本機關參考或研辦", "送上級機關參考", "退回補正", "公開發表方式", "其他處理意見"] {
            #expect(items.contains(item), "missing \(item)")
        }
        #expect(doc.tables[0].rows.dropLast().last?.map(\.text) == ["出國人", "一級單位主管", "機關首長或授權人員"])
    }
}
