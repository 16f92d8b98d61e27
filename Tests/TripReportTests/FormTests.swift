import Foundation
import Testing
import TripModel

@testable import TripReport

@Suite struct FormTests {
    @Test func abstractListsTheUploadSystemFieldsInOrder() throws {
        let render = try Render()
        let meta = try render.generator.metadata(for: Kyushu.delegation(), pageCount: 31)
        #expect(
            meta.fields.map(\.name) == [
                "計畫名稱", "報告名稱", "報告日期", "報告書頁數", "計畫主辦機關", "出國人員", "出國人數",
                "出國期間", "前往地區", "參訪機關", "出國類別", "關鍵詞", "主題分類", "報告內容摘要",
            ]
        )
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

    @Test("a value a spreadsheet would run as a formula is text in the CSV and unchanged in the JSON")
    func abstractCSVNeutralisesFormulas() throws {
        var d = Kyushu.delegation()
        d.title = "=HYPERLINK(\"http://x\",\"甲\")"
        let meta = try Render().generator.metadata(for: d, pageCount: 3)
        let values = meta.csv().components(separatedBy: "\r\n")[1]
        #expect(values.hasPrefix("\"'=HYPERLINK(\"\"http://x\"\",\"\"甲\"\")\","))
        #expect(meta.json().contains("\"=HYPERLINK("))
    }

    @Test func reviewFormHasAnnex2FactsItemsBothCheckColumnsAndSignatures() throws {
        let doc = try Render().document(Kyushu.delegation(), kind: "review-form")
        let facts = doc.tables[0].rows.map { $0.map(\.text) }
        #expect(facts.map(\.first) == ["出國報告名稱", "出國人姓名", "服務單位", "出國類別", "出國期間"])
        #expect(facts[1] == ["出國人姓名", "張峯源", "職稱", "局長"])
        #expect(facts[2][1] == "臺中市政府經濟發展局")
        #expect(facts[3][1].hasPrefix("■考察□進修"))
        #expect(facts[4][2] == "報告繳交日期")
        let items = doc.tables[1]
        #expect(items.rows[0].map(\.text) == ["自我檢核", "機關審核", "審核項目"])
        let texts = items.rows.dropFirst().map { $0.last?.text ?? "" }
        for item in [
            "1. 依限繳交出國報告", "2. 格式完整（本文必須具備「目的」、「過程」、「心得及建議事項」）", "3. 無抄襲相關資料",
            "4. 內容充實完備", "5. 建議具參考價值", "6. 送本機關參考或研辦", "7. 送上級機關參考",
        ] {
            #expect(texts.contains(item), "missing \(item)")
        }
        // The traveller checks each item themselves; the agency reviews each one.
        #expect(items.rows[1].map(\.text) == ["□", "□", "1. 依限繳交出國報告"])
        #expect(texts.contains { $0.hasPrefix("8. 退回補正") && $0.contains("□電子檔案未依格式辦理") })
        #expect(texts.contains { $0.hasPrefix("9. 本報告除上傳至出國報告資訊網外") })
        #expect(texts.contains("10. 其他處理意見及方式："))
        #expect(doc.tables[2].rows[0].map { $0.lines.first ?? "" } == ["出國人簽章", "計畫主辦機關審核人", "一級單位主管", "機關首長或其授權人員"])
    }

    @Test func abstractNamesPlanCountriesTravellersAndSubjectsApart() throws {
        var d = Kyushu.delegation()
        d.headcount = 6
        let meta = try Render().generator.metadata(for: d, pageCount: nil)
        // The title names the report; the plan's name is the title without 出國報告 unless given.
        #expect(meta.value("計畫名稱") == "創業輔導及創新交流計畫赴日本福岡、熊本及宮崎考察交流")
        #expect(meta.value("報告名稱") == "創業輔導及創新交流計畫赴日本福岡、熊本及宮崎考察交流出國報告")
        #expect(meta.value("前往地區") == "日本")
        #expect(meta.value("出國人數") == "6")
        #expect(meta.value("主題分類") == "")
        #expect(meta.value("關鍵詞")?.isEmpty == false)
        let people = try #require(meta.value("出國人員")).components(separatedBy: "；")
        #expect(people[1] == "洪青瑞/臺中市政府經濟發展局/商業科/科長")
        #expect(people.allSatisfy { !$0.hasSuffix("/") })
        d.planName = "創業輔導及創新交流計畫"
        d.subjects = ["經濟發展"]
        let named = try Render().generator.metadata(for: d, pageCount: nil)
        #expect(named.value("計畫名稱") == "創業輔導及創新交流計畫")
        #expect(named.value("主題分類") == "經濟發展")
    }

    @Test func abstractPutsTheSummaryLastAcrossTheWholeWidthAParagraphARow() throws {
        let doc = try Render().document(Kyushu.delegation(summary: "第一段。\n\n第二段。"), kind: "abstract")
        let rows = try #require(doc.tables.first).rows
        #expect(rows.suffix(3).map { $0.map(\.text) } == [["報告內容摘要"], ["第一段。"], ["第二段。"]])
        #expect(rows.suffix(3).allSatisfy { $0.first?.colSpan == 2 })
        let people = try #require(rows.first { $0.first?.text == "出國人員" })
        #expect(people[1].lines.count == 4)
    }
}
