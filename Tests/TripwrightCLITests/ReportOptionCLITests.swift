import Foundation
import Testing

/// `report --kind` and `--format` as a user types them: a kind is checked against the kinds of
/// the templates in use (with the nearest ids), a format against the formats, in the user's
/// language, exit status 2, before anything is made.
@Suite("report's kind and format options")
struct ReportOptionCLITests {
    let scratch = ScratchFolder()

    func seeded() throws -> String {
        let db = scratch.database()
        let r = try tripwright(["import", root.appendingPathComponent("seeds/kyushu-2025.yaml").path, "--db", db])
        precondition(r.status == 0, r.err)
        return db
    }

    @Test("a mistyped kind names the nearest kind and every known one, and writes nothing")
    func mistypedKind() throws {
        let db = try seeded()
        let out = scratch.url.appendingPathComponent("r")
        let r = try tripwright(["report", "kyushu-2025", "--kind", "counsil", "--format", "md", "--out", out.path, "--db", db])
        #expect(r.status == 2)
        #expect(r.err.contains("錯誤：沒有報告種類「counsil」。是否為：council？可用：trip、council、abstract、review-form。"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let en = try tripwright(["report", "kyushu-2025", "--kind", "counsil", "--lang", "en", "--db", db])
        #expect(en.status == 2 && en.err.contains("error: no report kind 'counsil'. Did you mean: council?"))
    }

    @Test("a kind an agency's templates add is taken")
    func agencyKind() throws {
        let db = try seeded()
        let templates = scratch.url.appendingPathComponent("templates")
        let builtIn = root.appendingPathComponent("Sources/TripReport/Templates")
        try FileManager.default.copyItem(at: builtIn, to: templates)
        let trip = try String(contentsOf: templates.appendingPathComponent("kinds/trip.json"), encoding: .utf8)
        try trip.replacingOccurrences(of: "\"id\": \"trip\"", with: "\"id\": \"brief\"")
            .write(to: templates.appendingPathComponent("kinds/brief.json"), atomically: true, encoding: .utf8)
        let out = scratch.url.appendingPathComponent("r")
        let r = try tripwright([
            "report", "kyushu-2025", "--kind", "brief", "--format", "md", "--templates", templates.path,
            "--out", out.path, "--db", db,
        ])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains(".md"))
    }

    @Test("an unknown format is refused in the user's language with the formats there are")
    func unknownFormat() throws {
        let r = try tripwright(["report", "kyushu-2025", "--format", "md,doc"])
        #expect(r.status == 2 && r.err.contains("沒有「doc」格式；可用：md,html,odt,docx,pdf。"))
        let en = try tripwright(["report", "kyushu-2025", "--format", "doc", "--lang", "en"])
        #expect(en.status == 2 && en.err.contains("unknown format 'doc'; use any of: md,html,odt,docx,pdf"))
    }
}
