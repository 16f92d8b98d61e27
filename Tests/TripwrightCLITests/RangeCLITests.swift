import Foundation
import Testing

/// Ranges the command line prints name both ends correctly (issue 9 §5).
@Suite("Date and time ranges on the command line")
struct RangeCLITests {
    /// A meeting in New York from 00:30 EDT to 02:30 EST over the 2026 fall-back hour, and a
    /// trip over New Year.
    static let plans = [
        "dst.yaml": """
        tripwright: 1
        id: dst
        title: 日光節約時間測試
        category: 訪問
        agency: 測試市政府
        home: 臺中市
        start: 2026-10-30
        end: 2026-11-03
        members:
        - {id: wang, name: 王小明, title: 專員, unit: 測試市政府, role: leader}
        places:
        - {id: ny, name: 紐約辦事處, city: New York}
        events:
        - {id: a1, kind: 會議, title: 跨越時制的會議, date: 2026-11-01, start: "00:30", end: "02:30", place: ny}
        """,
        "newyear.yaml": """
        tripwright: 1
        id: newyear
        title: 跨年度出國測試
        category: 考察
        agency: 測試市政府
        home: 臺中市
        start: 2025-12-29
        end: 2026-01-03
        members:
        - {id: wang, name: 王小明, title: 專員, unit: 測試市政府, role: leader}
        events:
        - {id: v1, kind: 參訪, title: 跨年參訪, date: 2025-12-30, end: 2026-01-02, place: 福岡}
        """,
    ]

    func workspace() throws -> CLIWorkspace {
        let w = try CLIWorkspace(seed: false)
        for (name, text) in Self.plans {
            let r = try w.run(["import", try w.file(name, Data(text.utf8)).path])
            precondition(r.status == 0, r.err)
        }
        return w
    }

    @Test("schedule names the end's own zone across the fall-back hour")
    func scheduleFallBack() throws {
        let w = try workspace()
        let r = try w.run(["schedule", "dst"])
        #expect(r.out.contains("00:30 EDT–02:30 EST  跨越時制的會議"))
        let en = try w.run(["schedule", "dst", "--lang", "en"])
        #expect(en.out.contains("00:30 EDT–02:30 EST"))
    }

    @Test("show, list and schedule name both years of a trip over New Year")
    func newYear() throws {
        let w = try workspace()
        #expect(try w.run(["show", "newyear"]).out.contains("114 年 12 月 29 日至 115 年 1 月 3 日"))
        #expect(try w.run(["list"]).out.contains("114 年 12 月 29 日至 115 年 1 月 3 日"))
        let schedule = try w.run(["schedule", "newyear"]).out
        #expect(schedule.contains("出國期間：114 年 12 月 29 日至 115 年 1 月 3 日"))
        #expect(schedule.contains("114/12/30–115/1/2"))
    }
}
