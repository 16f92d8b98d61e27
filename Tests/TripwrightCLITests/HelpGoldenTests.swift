import Foundation
import Testing

/// Every command's help, as the built `tripwright` prints it at 80 columns, compared with
/// Golden/help/*.txt. Re-record with `RECORD_GOLDEN=1 swift test --filter HelpGoldenTests`
/// and review the diff.
@Suite("Help texts of every command (golden files)")
struct HelpGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/help")

    /// Every command, as typed after `tripwright`.
    static let commands: [[String]] = [
        [], ["demo"], ["init"], ["import"], ["export"], ["list"], ["show"], ["schedule"], ["check"], ["calendar"],
        ["log"], ["log", "note"], ["log", "photo"], ["log", "press"],
        ["log", "person"], ["log", "outcome"], ["log", "follow-up"], ["log", "list"], ["log", "edit"], ["log", "delete"], ["log", "move"],
        ["log", "undo"], ["log", "history"], ["log", "press-order"], ["report"], ["outline"], ["report-text"], ["serve"], ["user"], ["user", "add"],
        ["user", "list"],
        ["user", "reset"], ["user", "remove"], ["user", "grant"], ["user", "revoke"],
    ]

    @Test("help matches its golden file", arguments: commands)
    func helpMatchesGolden(_ command: [String]) throws {
        let r = try tripwright(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        let name = (["tripwright"] + command).joined(separator: "-") + ".txt"
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try r.out.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(r.out == expected, "\(name) differs from the golden file; re-record with RECORD_GOLDEN=1 if intended")
    }

    @Test("every command has a golden help file and no golden file is left over")
    func everyCommandHasAGoldenFile() throws {
        let names = Set(Self.commands.map { (["tripwright"] + $0).joined(separator: "-") + ".txt" })
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path))
        #expect(names == files)
    }
}
