import Foundation
import Testing

/// Runs the built `tripwright` with arguments; returns status, stdout, stderr. It never sees
/// the user's own data or caches: HOME, the XDG data and cache folders are a fresh folder of its
/// own (removed afterwards), and `TRIPWRIGHT_DB`/`TRIPWRIGHT_LANG` are unset, unless
/// `environment` says otherwise.
func tripwright(_ args: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    var candidates = [exe.appendingPathComponent("tripwright")]
    // swift test runs the test bundle from the build folder: .build/debug/Tripwright…xctest
    candidates.append(exe.deletingLastPathComponent().appendingPathComponent("tripwright"))
    guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CocoaError(.fileNoSuchFile)
    }
    let home = ScratchFolder()
    let sandbox = [
        "HOME": home.url.path, "XDG_DATA_HOME": home.url.appendingPathComponent("data").path,
        "XDG_CACHE_HOME": home.url.appendingPathComponent("cache").path, "TRIPWRIGHT_DB": "", "TRIPWRIGHT_LANG": "",
    ]
    let process = Process()
    process.executableURL = binary
    process.arguments = args
    process.environment = ProcessInfo.processInfo.environment.merging(sandbox) { $1 }.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("The command line as a user runs it")
struct CLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path
    /// This test's databases and plans, removed afterwards.
    let scratch = ScratchFolder()

    @Test("import then schedule prints all seven days with both flights and every visit")
    func kyushuSchedule() throws {
        let db = scratch.database()
        #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
        let r = try tripwright(["schedule", "kyushu-2025", "--db", db])
        #expect(r.status == 0)
        for day in [
            "114 年 8 月 31 日（星期日）", "114 年 9 月 1 日（星期一）", "114 年 9 月 2 日（星期二）", "114 年 9 月 3 日（星期三）",
            "114 年 9 月 4 日（星期四）", "114 年 9 月 5 日（星期五）", "114 年 9 月 6 日（星期六）",
        ] {
            #expect(r.out.contains(day), "missing \(day)")
        }
        #expect(r.out.contains("JX840") && r.out.contains("JX847"))
        for visit in [
            "柳橋聯合市場", "Fukuoka Growth Next", "馬林展覽館福岡 A 館", "肥後 Yokamon 市場", "木脇產業株式会社",
            "日東株式会社", "南日本乳業協同株式会社", "雲海酒造", "黑木玻璃藝術工坊", "UMK 住宅展示場",
            "宮崎縣環境森林部", "宮崎縣商工觀光勞動部", "副知事", "日南太陽花園", "日南車站",
        ] {
            #expect(r.out.contains(visit), "missing \(visit)")
        }
    }

    @Test("schedule --json is valid JSON with one entry per day")
    func scheduleJSON() throws {
        let db = scratch.database()
        _ = try tripwright(["import", kyushu, "--db", db])
        let r = try tripwright(["schedule", "kyushu-2025", "--db", db, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect((json?["days"] as? [Any])?.count == 7)
    }

    @Test("a bad plan exits non-zero and names file:line:column")
    func badPlan() throws {
        let plan = scratch.url.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "tripwright: 1\nid: bad\ntitel: x\n".write(to: plan, atomically: true, encoding: .utf8)
        let r = try tripwright(["import", plan.path, "--db", scratch.database(), "--lang", "en"])
        #expect(r.status != 0)
        #expect(r.err.contains("\(plan.path):3:1: error: unknown key 'titel'. Did you mean 'title'?"))
    }

    @Test("show prints the cover facts in ROC dates")
    func show() throws {
        let db = scratch.database()
        _ = try tripwright(["import", kyushu, "--db", db])
        let r = try tripwright(["show", "kyushu-2025", "--db", db])
        #expect(r.out.contains("張峯源局長等 4 人"))
        #expect(r.out.contains("114 年 8 月 31 日至 9 月 6 日"))
        #expect(r.out.contains("日本"))
    }

    @Test("log note adds a note that export then carries")
    func logNote() throws {
        let db = scratch.database()
        _ = try tripwright(["import", kyushu, "--db", db])
        #expect(try tripwright(["log", "note", "kyushu-2025", "fgn", "追加的現場筆記", "--author", "yeh", "--db", db]).status == 0)
        #expect(try tripwright(["export", "kyushu-2025", "--db", db]).out.contains("追加的現場筆記"))
    }
}

@Suite("tripwright check as a planner runs it")
struct CheckCommandTests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path
    /// This test's plans, removed afterwards.
    let scratch = ScratchFolder()

    @Test("the Kyushu seed plan has no errors: exit 0 without --strict")
    func kyushuClean() throws {
        let r = try tripwright(["check", kyushu, "--today", "2025-08-01"])
        #expect(r.status == 0)
        #expect(!r.out.contains("overlap"))
    }

    @Test("a plan with an overlap exits 2 and names both items")
    func plannedOverlap() throws {
        let plan = scratch.url.appendingPathComponent("overlap-\(UUID().uuidString).yaml")
        try """
        tripwright: 1
        id: ov
        title: 重疊
        category: 考察
        agency: 局
        home: 臺中市
        start: 2025-09-01
        end: 2025-09-02
        members:
        - {id: a, unit: 局, title: 局長, name: 甲, role: leader}
        events:
        - {id: one, kind: 拜會, title: 拜會甲, date: 2025-09-01, start: "10:00", end: "11:00", place: 福岡}
        - {id: two, kind: 拜會, title: 拜會乙, date: 2025-09-01, start: "10:30", end: "11:30", place: 福岡}
        """.write(to: plan, atomically: true, encoding: .utf8)
        let r = try tripwright(["check", plan.path, "--json", "--today", "2025-08-01"])
        #expect(r.status == 2)
        #expect(r.out.contains("\"overlap\"") && r.out.contains("one") && r.out.contains("two"))
    }
}
