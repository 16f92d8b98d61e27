import Foundation
import Testing

/// Warnings on logging on the command line (issue 11): kept (exit 0), said on stderr with the
/// event it more likely belongs to.
@Suite("log note and log photo warn about the likely wrong event")
struct LoggingWarningCLITests {
    /// The Kyushu plan with the FGN visit for two members only.
    static func splitPlan(in w: CLIWorkspace) throws -> String {
        var text = try String(contentsOf: root.appendingPathComponent("seeds/kyushu-2025.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  place: fgn\n", with: "  place: fgn\n  participants: [chang, hung]\n")
        let url = w.folder.appendingPathComponent("split.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("a note by a member not at the meeting is kept and warned about on stderr")
    func noteByAnAbsentMember() throws {
        let w = try CLIWorkspace(seed: false)
        #expect(try w.run(["import", try Self.splitPlan(in: w)]).status == 0)
        let r = try w.run(["log", "note", "kyushu-2025", "fgn", "紀錄", "--author", "yeh"])
        #expect(r.status == 0 && r.out.contains("已記錄筆記"))
        #expect(r.err.contains("注意：") && r.err.contains("葉珀如不在"))
        let quiet = try w.run(["log", "note", "kyushu-2025", "fgn", "紀錄", "--author", "chang"])
        #expect(quiet.status == 0 && quiet.err.isEmpty)
    }

    @Test("a photo taken on another day is kept and warned about, offering that day's event")
    func photoOfAnotherDay() throws {
        let w = try CLIWorkspace()
        let r = try w.run(["log", "photo", "kyushu-2025", "fgn", try w.photo("p.jpg").path, "--taken", "2025-09-02 10:00", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.err.contains("was taken on 2025-09-02") && r.err.contains("That day's event is"))
    }
}
