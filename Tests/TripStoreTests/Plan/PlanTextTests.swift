import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("Every text key of the format has a shape, and the reader holds it to it")
struct PlanTextTests {
    /// Every one-line key in `Fixtures/full.yaml`, by its line there (key, value, occurrence).
    static let lineKeys: [(key: String, value: String, occurrence: Int)] = [
        ("title", "全欄位測試計畫", 1), ("agency", "臺中市政府經濟發展局", 1), ("council", "臺中市議會", 1),
        ("title", "專案報告標題", 1), ("unit", "臺中市政府經濟發展局", 1), ("title", "局長", 1), ("name", "王大明", 1),
        ("reason", "晚宴與會談同址", 1), ("unit", "臺中市政府經濟發展局(商業科)", 1), ("title", "科長", 1),
        ("name", "林小華", 1), ("rank", "簡任第十二職等", 1), ("name", "波士頓市政府", 1),
        ("local_name", "Boston City Hall", 1), ("english_name", "Boston City Hall", 1), ("organisation", "City of Boston", 1),
        ("city", "Boston", 1), ("address", "1 City Hall Square, Boston, MA", 1), ("title", "拜會波士頓市長", 1),
        ("host", "City of Boston", 1), ("name", "吳弭", 1), ("title", "市長", 1), ("organisation", "City of Boston", 2),
        ("caption", "雙方合影", 1), ("text", "同意交換交通政策資料", 1), ("task", "寄送會後資料", 1),
        ("carrier", "長榮航空", 1), ("number", "BR52", 1), ("booking", "ABC123", 1), ("remark", "經停西雅圖", 1),
        ("booking", "H-778", 1), ("outlet", "工商時報", 1), ("headline", "市府訪美", 1), ("remark", "報導會談成果", 1),
        ("theme", "城市治理", 1), ("keywords", "[測試, 時區]", 1), ("themes", "[城市治理, 交通]", 1),
    ]

    /// Every paragraph key in `Fixtures/full.yaml`.
    static let paragraphKeys = ["purpose", "summary", "suggestions"]

    @Test("the fixture reads as it is")
    func fixtureReads() { #expect(readErrors(fullPlanText).map { $0.text(.en) } == []) }

    @Test("a line break in any one-line field is refused at that field")
    func lineBreaks() throws {
        for (key, value, n) in Self.lineKeys {
            let text = replacing(key, value, with: "\"第一行\\n第二行\"", in: fullPlanText, occurrence: n)
            #expect(text != fullPlanText, "\(key): \(value) not found")
            let errors = readErrors(text)
            #expect(errors.map(\.problem) == [.text(key: key, .lineBreak)], "\(key): \(value): \(errors.map { $0.text(.en) })")
        }
    }

    @Test("escape and bell characters are refused in every one-line field")
    func controlInLines() throws {
        for (key, value, n) in Self.lineKeys {
            let text = replacing(key, value, with: "\"文字\\e[31m\"", in: fullPlanText, occurrence: n)
            #expect(readErrors(text).map(\.problem) == [.text(key: key, .controlCharacter(0x1B))], "\(key): \(value)")
        }
    }

    @Test("a paragraph field keeps its line breaks and refuses a bell")
    func paragraphs() throws {
        for key in Self.paragraphKeys {
            let kept = replacingValue(of: key, with: "\"第一段\\n\\n第二段\"", in: fullPlanText)
            #expect(readErrors(kept).isEmpty, "\(key)")
            let bell = replacingValue(of: key, with: "\"第一段\\a\"", in: fullPlanText)
            #expect(readErrors(bell).map(\.problem) == [.text(key: key, .controlCharacter(0x07))], "\(key)")
        }
    }

    @Test("a title written as a two-line block is refused, the issue's example")
    func blockTitle() throws {
        let text = minimalPlan().replacingOccurrences(of: "title: 測試\n", with: "title: |\n  一一四年度計畫\n  赴日本考察\n")
        let e = try #require(readErrors(text).first)
        #expect(e.problem == .text(key: "title", .lineBreak))
        #expect(e.line == 3)
    }

    @Test("a bidi override is refused")
    func bidi() throws {
        let text = replacingValue(of: "headline", with: "\"\\u202Egnp.exe\"", in: fullPlanText)
        #expect(readErrors(text).map(\.problem) == [.text(key: "headline", .bidiControl(0x202E))])
    }

    @Test("a required text that is empty is refused at its key: title, a note, a bare list item")
    func emptyRequired() throws {
        #expect(readErrors(minimalPlan().replacingOccurrences(of: "title: 測試", with: "title: \"\"")).map(\.problem) == [.text(key: "title", .empty)])
        #expect(readErrors(minimalPlan().replacingOccurrences(of: "title: 測試", with: "title:")).map(\.problem) == [.text(key: "title", .empty)])
        #expect(readErrors(minimalPlan(eventExtra: "  notes:\n  - text: \"\"")).map(\.problem) == [.text(key: "text", .empty)])
        #expect(readErrors(minimalPlan(eventExtra: "  notes:\n  -")).map(\.problem) == [.text(key: "notes", .empty)])
        #expect(readErrors(minimalPlan(eventExtra: "  themes: [\"\"]")).map(\.problem) == [.text(key: "themes", .empty)])
    }
}

@Suite("Notes and reflections are paragraphs")
struct PlanParagraphTests {
    @Test("a note keeps its blank lines and refuses a bell, in both its forms")
    func notes() throws {
        let kept = readPlanText(minimalPlan(eventExtra: "  notes:\n  - text: \"一\\n\\n二\"\n  - \"三\\n四\""))
        #expect(kept?.events.first?.notes.map(\.text) == ["一\n\n二", "三\n四"])
        #expect(readErrors(minimalPlan(eventExtra: "  notes:\n  - text: \"一\\a\"")).map(\.problem) == [.text(key: "text", .controlCharacter(7))])
        #expect(readErrors(minimalPlan(eventExtra: "  notes:\n  - \"一\\a\"")).map(\.problem) == [.text(key: "notes", .controlCharacter(7))])
    }

    @Test("a reflection keeps its paragraphs; its theme is one line")
    func reflections() throws {
        let text = minimalPlan(extra: "reflections:\n- theme: 新創\n  text: |\n    第一段。\n\n    第二段。")
        #expect(readPlanText(text)?.reflections.first?.text == "第一段。\n\n第二段。")
        let bad = minimalPlan(extra: "reflections:\n- theme: \"新\\n創\"\n  text: 內容")
        #expect(readErrors(bad).map(\.problem) == [.text(key: "theme", .lineBreak)])
    }
}

/// The delegation of a plan that must read, or nil.
func readPlanText(_ text: String) -> Delegation? {
    try? PlanReader().read(text: text, fileName: "plan.yaml", baseDirectory: fixture("")).delegation
}
