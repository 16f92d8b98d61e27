import Foundation
import Testing

/// `tripwright outline`: lists a report's outline and makes the same changes as the web page.
@Suite struct OutlineCLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path

    @Test func outlineListsTheSeedsSectionsByNumber() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let r = try tripwright(["outline", "kyushu-2025", "--db", db])
            #expect(r.status == 0)
            #expect(r.out.contains("4  台北駐福岡經濟文化分處、福岡台灣貿易投資中心  (taipei-office, tbic)"))
            #expect(r.out.contains("15  日南太陽花園［不列入本文］"))
        }
    }

    @Test func outlineChangesAreMadeAndShownInTheReport() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            #expect(try tripwright(["outline", "kyushu-2025", "split", "4", "--db", db]).status == 0)
            #expect(try tripwright(["outline", "kyushu-2025", "rename", "1", "柳橋市場", "--db", db]).status == 0)
            #expect(try tripwright(["outline", "kyushu-2025", "text", "2", "新創基地以育成與媒合為核心。", "--db", db]).status == 0)
            let out = folder.appendingPathComponent("r").path
            #expect(try tripwright(["report", "kyushu-2025", "--format", "md", "--out", out, "--db", db]).status == 0)
            let md = try String(contentsOfFile: out + "/kyushu-2025-出國報告.md", encoding: .utf8)
            #expect(md.contains("二、柳橋市場"))
            #expect(md.contains("新創基地以育成與媒合為核心。"))
            #expect(md.contains("五、台北駐福岡經濟文化分處 {#"))
            #expect(md.contains("六、福岡台灣貿易投資中心 {#"))
        }
    }

    @Test func aMistypedActionExitsTwoNamingTheNearest() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let r = try tripwright(["outline", "kyushu-2025", "merg", "1", "--db", db])
            #expect(r.status == 2)
            #expect(r.err.contains("merge"))
            let edge = try tripwright(["outline", "kyushu-2025", "up", "1", "--db", db, "--lang", "en"])
            #expect(edge.status == 2)
            #expect(edge.err.contains("cannot move up"))
        }
    }
}
