import Foundation
import Testing

@Suite("check and import refuse a bad plan alike: exit 2, located errors, nothing written")
struct PlanRefusalTests {
    let cases = root.appendingPathComponent("Tests/TripStoreTests/Fixtures/integrity")

    /// A fresh folder for a database that must not appear.
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-refusal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test("the issue's cases: check and import both exit 2 with the same located errors, and import creates no database")
    func sameJudgement() throws {
        for name in ["D01-setting-speed-bus-0.yaml", "D05a-duplicate-participant.yaml", "D06-photo-etc-passwd.yaml", "D13b-unterminated-quote.yaml"] {
            try withFolder { folder in
                let plan = cases.appendingPathComponent(name).path
                let db = folder.appendingPathComponent("x.sqlite").path
                let check = try tripwright(["check", plan, "--today", "2025-08-30"])
                let imported = try tripwright(["import", plan, "--db", db])
                #expect(check.status == 2, "\(name)")
                #expect(imported.status == 2, "\(name)")
                #expect(imported.err == check.err, "\(name)")
                #expect(imported.err.hasPrefix("\(plan):"), "\(name): \(imported.err)")
                #expect(imported.err.contains(": 錯誤: "), "\(name)")
                #expect(!imported.err.hasPrefix("Error:"), "\(name)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(name) wrote something")
            }
        }
    }

    @Test("--allow-outside lets import copy a photo from outside the plan's folder")
    func allowOutside() throws {
        try withFolder { folder in
            let photo = root.appendingPathComponent("Tests/TripStoreTests/Fixtures/meeting.png").path
            let plan = folder.appendingPathComponent("plans/outside.yaml")
            try FileManager.default.createDirectory(at: plan.deletingLastPathComponent(), withIntermediateDirectories: true)
            let text = try String(contentsOf: cases.appendingPathComponent("D06-photo-etc-passwd.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "/etc/passwd", with: photo)
            try text.write(to: plan, atomically: true, encoding: .utf8)
            let db = folder.appendingPathComponent("x.sqlite").path
            #expect(try tripwright(["import", plan.path, "--db", db]).status == 2)
            let r = try tripwright(["import", plan.path, "--db", db, "--allow-outside"])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("照片 1 張"))
        }
    }

    @Test("a usage error is refused input too: exit 2")
    func usageError() throws {
        let r = try tripwright(["check", "x.yaml", "--today", "2025/08/30"])
        #expect(r.status == 2)
        #expect(r.err.contains("--today"))
    }

    @Test("errors beyond a screenful are counted, not printed")
    func screenful() throws {
        try withFolder { folder in
            let plan = folder.appendingPathComponent("keys.yaml")
            try ("tripwright: 1\n" + (0..<500).map { "k\($0): 1" }.joined(separator: "\n")).write(to: plan, atomically: true, encoding: .utf8)
            let r = try tripwright(["check", plan.path, "--lang", "en"])
            #expect(r.status == 2)
            let lines = r.err.split(separator: "\n")
            #expect(lines.count == 21)
            #expect(lines.last?.hasPrefix("… and ") == true)
        }
    }
}
