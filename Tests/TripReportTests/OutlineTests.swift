import Foundation
import Testing
import TripModel

@testable import TripReport

/// Reports shaped by a plan's `outline:` (issue 10): the seeds' outlines give the real reports'
/// trees; the golden files hold every heading with its generated number, indented by level.
@Suite struct OutlineTests {
    /// Every heading below the cover, indented by level, as `一、柳橋聯合市場`.
    static func tree(_ doc: Document) -> String {
        doc.headings.map { String(repeating: "  ", count: $0.level - 1) + $0.fullText }.joined(separator: "\n") + "\n"
    }

    /// The headings directly under a part, as printed.
    static func under(_ part: String, in doc: Document) -> [String] {
        let hs = doc.headings
        guard let start = hs.firstIndex(where: { $0.level == 1 && $0.fullText == part }) else { return [] }
        return hs[(start + 1)...].prefix { $0.level > 1 }.filter { $0.level == 2 }.map(\.fullText)
    }

    @Test func kyushuSeedOutlineGivesSeed000sFifteenVisitSections() throws {
        let doc = try Render().document(try SeedGoldenTests().seed("kyushu-2025.yaml"))
        #expect(
            OutlineTests.under("肆、過程", in: doc) == [
                "一、參訪日程", "二、柳橋聯合市場", "三、Fukuoka Growth Next 新創基地", "四、馬林展覽館福岡 A 館",
                "五、台北駐福岡經濟文化分處、福岡台灣貿易投資中心", "六、公益財團法人熊本產業支援財團", "七、肥後 Yokamon 市場",
                "八、木脇產業株式会社", "九、日東株式会社", "十、南日本乳業協同株式会社", "十一、雲海酒造燒酎工廠、黑木玻璃藝術工坊",
                "十二、UMK 住宅展示場", "十三、宮崎縣環境森林部", "十四、宮崎縣商工觀光勞動部", "十五、拜會宮崎縣政府副知事佐藤弘之",
                "十六、日南車站",
            ]
        )
        try GoldenTests().check(OutlineTests.tree(doc), "seed-kyushu-outline.txt")
    }

    @Test func kyushuSeedOutlineLeavesNichinanGardenInTheItineraryOnly() throws {
        let doc = try Render().document(try SeedGoldenTests().seed("kyushu-2025.yaml"))
        #expect(!doc.headings.contains { $0.text.contains("日南太陽花園") })
        let cells = doc.tables.flatMap { $0.rows.flatMap { $0.flatMap(\.lines) } }
        #expect(cells.contains { $0.contains("日南太陽花園") })
    }

    @Test func kyushuSeedOutlineShowsNoPeopleMetOrOutcomeBlocks() throws {
        let doc = try Render().document(try SeedGoldenTests().seed("kyushu-2025.yaml"))
        #expect(!doc.texts.contains { $0.hasPrefix("會晤人員") || $0.hasPrefix("具體成果") })
    }

    @Test func usaSeedOutlineGivesSeed004sTree() throws {
        let doc = try Render().document(try SeedGoldenTests().seed("usa-2026.yaml"), kind: "council")
        #expect(doc.parts == ["壹、前言", "貳、臺中市市長赴美市政考察交流成果", "參、招商引資具體成效", "肆、結語"])
        let body = doc.headings.filter { $0.level > 1 }.map { String(repeating: " ", count: $0.level - 2) + $0.fullText }
        #expect(
            body == [
                "一、此次出訪美國三個重要任務",
                "二、市政考察交流成果",
                " (一)拜會姊妹市及國際重要城市，深化雙好友好情誼",
                "  1.拜會姊妹市曼徹斯特市政府",
                "  2.拜會波士頓市政府",
                " (二)大波士頓地區及大紐約地區僑界交流",
                " (三)考察市政建設，汲取營運經驗及發展交流契機",
                "  1.昆西市場(Quincy Market)",
                "  2.麻省理工學院媒體實驗室(MIT Media Lab)",
                "一、城市治理經驗交流", "二、產業轉型與城市經濟發展", "三、傳統市場轉型與城市空間活化",
                "四、研發創新與前瞻科技發展", "五、拜會僑商促進雙邊投資",
            ]
        )
        try GoldenTests().check(OutlineTests.tree(doc), "seed-usa-outline.txt")
    }

    @Test func usaSeedMissionsSitUnderTheirSectionNotInThePreface() throws {
        let doc = try Render().document(try SeedGoldenTests().seed("usa-2026.yaml"), kind: "council")
        let md = MarkdownWriter().render(doc)
        let preface = try #require(md.range(of: "貳、"))
        #expect(!md[..<preface.lowerBound].contains("(一) 深化城市交流"))
        #expect(md[preface.lowerBound...].contains("(一) 深化城市交流"))
    }

    @Test func aVisitTheOutlineDoesNotNameFollowsItsSections() throws {
        var d = Kyushu.delegation()
        let visits = ReportContext(delegation: d).visits
        try #require(visits.count >= 3)
        d.outlines = [ReportOutline(kind: "trip", sections: [OutlineSection(heading: "合併", events: [visits[2].id, visits[1].id])])]
        let doc = try Render().document(d)
        let titles = doc.headings.filter { $0.level == 2 }.map(\.text)
        let merged = try #require(titles.firstIndex(of: "合併"))
        #expect(titles[(merged + 1)...].contains(visits[0].title))
        #expect(!titles.contains(visits[1].title) && !titles.contains(visits[2].title))
    }

    @Test func aSectionsOwnTextReplacesItsVisitsNotes() throws {
        var d = Kyushu.delegation()
        let visit = try #require(ReportContext(delegation: d).visits.first { !$0.notes.isEmpty })
        d.outlines = [ReportOutline(kind: "trip", sections: [OutlineSection(events: [visit.id], text: "改寫的段落。")])]
        let texts = try Render().document(d).texts
        #expect(texts.contains("改寫的段落。"))
        #expect(!texts.contains(visit.notes[0].text.trimmed))
    }

    @Test func anOutlineForAnotherKindLeavesThisKindAsDrafted() throws {
        var d = Kyushu.delegation()
        let before = try Render().markdown(d)
        d.outlines = [ReportOutline(kind: "council", blocks: [.counterparts: false], sections: [OutlineSection(heading: "x", text: "y")])]
        #expect(try Render().markdown(d) == before)
    }

    @Test func aSectionSwitchesABlockBackOn() throws {
        var d = Kyushu.delegation()
        let visit = try #require(ReportContext(delegation: d).visits.first { !$0.counterparts.isEmpty })
        d.outlines = [
            ReportOutline(
                kind: "trip",
                blocks: [.counterparts: false],
                sections: [OutlineSection(events: [visit.id], blocks: [.counterparts: true])]
            )
        ]
        let labels = try Render().document(d).texts.filter { $0.hasPrefix("會晤人員") }
        #expect(labels.count == 1)
    }

    @Test func aKindFileTurnsABlockOffWithoutSwift() throws {
        let folder = TestFolder()
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: RepoTemplates.folder, to: copy)
        let kindFile = copy.appendingPathComponent("kinds/trip.json")
        let text = try String(contentsOf: kindFile, encoding: .utf8)
            .replacingOccurrences(of: "\"counterparts\": true", with: "\"counterparts\": false")
        try text.write(to: kindFile, atomically: true, encoding: .utf8)
        let generator = ReportGenerator(templates: try TemplateSet(folder: copy))
        let d = Kyushu.delegation()
        folder.touch(Fixture.imagePaths(d))
        let doc = try generator.document(for: d, kind: "trip", photoRoot: folder.url, pageCount: nil)
        #expect(!doc.texts.contains { $0.hasPrefix("會晤人員") })
        #expect(try Render().document(d).texts.contains { $0.hasPrefix("會晤人員") })
    }

    @Test func aKindFileNamingAnUnknownBlockIsRefused() throws {
        let folder = TestFolder()
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: RepoTemplates.folder, to: copy)
        let kindFile = copy.appendingPathComponent("kinds/trip.json")
        let text = try String(contentsOf: kindFile, encoding: .utf8)
            .replacingOccurrences(of: "\"photos\": true", with: "\"pictures\": true")
        try text.write(to: kindFile, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try TemplateSet(folder: copy) }
    }
}
