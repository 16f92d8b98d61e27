import Foundation
import Testing

/// Plan and logged text cannot rewrite what the terminal shows: every human printer shows
/// control and bidi-override characters as escapes; `--json` stays exact (issue 9 §8).
@Suite("Terminal output of plan text (cases/integrity/D10-ansi-title.yaml)")
struct TerminalCLITests {
    static let title = "\u{1B}[2K\u{1B}[1A\u{1B}[2K\u{1B}[32mall good\u{1B}[0m \u{202E}gnp.exe"
    static let shown = "\\u{1B}[2K\\u{1B}[1A\\u{1B}[2K\\u{1B}[32mall good\\u{1B}[0m \\u{202E}gnp.exe"
    static let sqlite = "/usr/bin/sqlite3"

    /// The Kyushu seed with the case's title stored in the delegation, an event and a member,
    /// as a database written by an older version (input now refuses such text) may hold it.
    func workspace() throws -> CLIWorkspace {
        let w = try CLIWorkspace()
        let quoted = "'" + Self.title.replacingOccurrences(of: "'", with: "''") + "'"
        let sql =
            "UPDATE delegation SET title = \(quoted); UPDATE event SET title = \(quoted) WHERE id = 'fgn';"
            + "UPDATE member SET name = \(quoted) WHERE id = 'hung';"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.sqlite)
        p.arguments = [w.db, sql]
        try p.run()
        p.waitUntilExit()
        precondition(p.terminationStatus == 0)
        return w
    }

    func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\r" || $0 == "\u{9B}" }
    }

    @Test(
        "list, show, schedule, check and log print the title as escapes",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed")
    )
    func printers() throws {
        let w = try workspace()
        let runs = [
            ["list"], ["show", "kyushu-2025"], ["schedule", "kyushu-2025"], ["schedule", "kyushu-2025", "--member", "hung"],
            ["check", "kyushu-2025", "--today", "2025-08-01"], ["log", "note", "kyushu-2025", "fgn", "現場筆記"],
        ]
        for args in runs {
            let r = try w.run(args)
            #expect(isClean(r.out) && isClean(r.err), "\(args)")
            #expect(r.out.contains(Self.shown), "\(args): \(r.out.prefix(300))")
        }
    }

    @Test(
        "an error quoting plan text is neutralised too, and still exits 2",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed")
    )
    func errors() throws {
        let w = try workspace()
        let r = try w.run(["schedule", "kyushu-2025", "--member", "\u{1B}[31m某人\u{202E}"])
        #expect(r.status == 2)
        #expect(isClean(r.err))
        #expect(r.err.contains("\\u{1B}[31m某人\\u{202E}"))
    }

    @Test(
        "--json keeps the text exact",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed")
    )
    func json() throws {
        let w = try workspace()
        let r = try w.run(["show", "kyushu-2025", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == Self.title)
        #expect(!r.out.unicodeScalars.contains("\u{1B}"))
    }

    @Test(
        "report warnings and file names reach the terminal neutralised",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed")
    )
    func report() throws {
        let w = try workspace()
        let r = try w.run(["report", "kyushu-2025", "--format", "md", "--out", w.folder.appendingPathComponent("r\u{1B}[31m").path])
        #expect(r.status == 0, "\(r.err)")
        #expect(isClean(r.out) && isClean(r.err))
        #expect(r.out.contains("r\\u{1B}[31m/kyushu-2025-出國報告.md"))
    }
}
