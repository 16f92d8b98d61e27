import Foundation
import Testing

/// `tripwright report-text`: shows and writes the report's prose, as the web's report text page.
@Suite struct ReportTextCLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path

    @Test func aSummaryWrittenFromAFileIsInTheReportAndShownWithItsCount() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let file = folder.appendingPathComponent("summary.txt")
            try Data("命令列寫的摘要。\r\n\r\n第二段。\r\n".utf8).write(to: file)
            let saved = try tripwright(["report-text", "kyushu-2025", "--field", "summary", "--file", file.path, "--db", db])
            #expect(saved.status == 0 && saved.out.contains("已儲存「摘要」。"))
            let shown = try tripwright(["report-text", "kyushu-2025", "--field", "summary", "--show", "--db", db])
            #expect(shown.out.contains("命令列寫的摘要。\n\n第二段。") && shown.out.contains("字數 12（應為 200–300 字）"))
            let out = folder.appendingPathComponent("r").path
            #expect(try tripwright(["report", "kyushu-2025", "--format", "md", "--out", out, "--db", db]).status == 0)
            let md = try String(contentsOfFile: out + "/kyushu-2025-出國報告.md", encoding: .utf8)
            #expect(md.contains("命令列寫的摘要。"))
        }
    }

    @Test func aReflectionIsAddedWithItsThemeAndAnEmptyTextClearsAField() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let added = try tripwright(["report-text", "kyushu-2025", "--field", "reflection-8", "--theme", "新主題", "--text", "新心得。", "--db", db])
            #expect(added.status == 0)
            #expect(try tripwright(["report-text", "kyushu-2025", "--field", "suggestions", "--text", "", "--db", db]).out.contains("已清除「建議」。"))
            let shown = try tripwright(["report-text", "kyushu-2025", "--db", db]).out
            #expect(shown.contains("reflection-8  心得（第 8 則）：新主題") && shown.contains("新心得。"))
            #expect(shown.contains("（空白：報告印出【待填】提示）"))
        }
    }

    @Test func aRefusedTextAnUnknownFieldAndAStaleRevisionExitTwo() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let control = try tripwright(["report-text", "kyushu-2025", "--field", "purpose", "--text", "目的\u{7}", "--db", db])
            #expect(control.status == 2 && control.err.contains("「--text」含有控制字元 U+0007"))
            let unknown = try tripwright(["report-text", "kyushu-2025", "--field", "title", "--text", "x", "--db", db])
            #expect(unknown.status == 2 && unknown.err.contains("不認得欄位「title」"))
            let shown = try tripwright(["report-text", "kyushu-2025", "--field", "summary", "--show", "--db", db]).out
            let revision = try #require(shown.firstMatch(of: /--revision ([0-9a-f]+)/).map { String($0.1) })
            #expect(try tripwright(["report-text", "kyushu-2025", "--field", "summary", "--text", "甲。", "--db", db]).status == 0)
            let stale = try tripwright(["report-text", "kyushu-2025", "--field", "summary", "--text", "乙。", "--revision", revision, "--db", db])
            #expect(stale.status == 2 && stale.err.contains("甲。") && stale.err.contains("乙。") && stale.err.contains("已被他人修改"))
        }
    }
}
