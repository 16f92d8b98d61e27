import Foundation
import Testing

/// The path of the built `tripwright`.
func tripwrightBinary() throws -> URL {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [exe.appendingPathComponent("tripwright"), exe.deletingLastPathComponent().appendingPathComponent("tripwright")]
    guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CocoaError(.fileNoSuchFile)
    }
    return binary
}

/// Runs `tripwright` as the unprivileged user `nobody` (root reads and writes whatever the
/// permissions say, so a read-only file is only read-only to someone else).
func tripwrightAsNobody(_ args: [String], home: String) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", try tripwrightBinary().path] + args
    process.environment = ["HOME": home, "XDG_CACHE_HOME": home + "/cache", "PATH": "/usr/bin:/bin"]
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

/// A fresh folder removed afterwards.
func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
}

/// SQLite's and Foundation's own texts, which never reach a user.
let rawErrorTexts = ["SQLite error", "NSCocoaErrorDomain", "Error Domain=", "Fatal error"]

@Suite("Databases and environments that are not what they seem")
struct StoreCLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path

    static let readCommands: [[String]] = [
        ["list"], ["show", "kyushu-2025"], ["schedule", "kyushu-2025"], ["check", "kyushu-2025"],
        ["export", "kyushu-2025"], ["calendar", "kyushu-2025"], ["user", "list"],
    ]

    @Test("a mistyped --db makes no database and no folder, for every command but init, import, demo and serve")
    func mistypedDatabaseCreatesNothing() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("typo/trip.sqlite").path
            let writers: [[String]] = [
                ["log", "note", "kyushu-2025", "fgn", "筆記"], ["log", "press", "kyushu-2025", "--date", "2025-09-08", "--outlet", "報"],
                ["report", "kyushu-2025", "--format", "md", "--out", folder.appendingPathComponent("r").path],
            ]
            for args in Self.readCommands + writers {
                let r = try tripwright(args + ["--db", db])
                #expect(r.status == 2, "\(args)")
                #expect(r.err.contains("找不到資料庫") && r.err.contains("tripwright init"), "\(args): \(r.err)")
            }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path))
            #expect(try tripwright(["init", "--db", db]).status == 0)
            #expect(FileManager.default.fileExists(atPath: db))
        }
    }

    @Test("a text file given as the database is named for what it is, in both languages, and left alone")
    func textFileAsDatabase() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("plan.yaml").path
            try "tripwright: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
            for lang in ["zh", "en"] {
                let r = try tripwright(["list", "--db", path, "--lang", lang])
                #expect(r.status == 2)
                #expect(r.err.contains(lang == "zh" ? "不是 Tripwright 資料庫" : "is not a Tripwright database"))
                #expect(!rawErrorTexts.contains { r.err.contains($0) })
            }
            #expect(try tripwright(["import", kyushu, "--db", path]).status == 2)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "tripwright: 1\n")
        }
    }

    @Test("a truncated database is reported as damaged, with advice that does not use the damaged file")
    func truncatedDatabase() throws {
        try withFolder { folder in
            let good = folder.appendingPathComponent("good.sqlite").path
            let bad = folder.appendingPathComponent("bad.sqlite").path
            _ = try tripwright(["import", kyushu, "--db", good])
            let data = try Data(contentsOf: URL(fileURLWithPath: good))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: bad))
            for args in [["list"], ["show", "kyushu-2025"], ["export", "kyushu-2025"], ["log", "note", "kyushu-2025", "fgn", "x"]] {
                let r = try tripwright(args + ["--db", bad])
                #expect(r.status == 2, "\(args)")
                #expect(r.err.contains("損壞") || r.err.contains("不是 Tripwright 資料庫"), "\(args): \(r.err)")
                #expect(!r.err.contains("export") && !rawErrorTexts.contains { r.err.contains($0) }, "\(args): \(r.err)")
            }
        }
    }

    @Test("a table that lost its key makes import say so, not trap inside GRDB")
    func damagedSchema() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", path]).status == 0)
            let sqlite = Process()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            sqlite.arguments = [
                "python3", "-c",
                """
                import sqlite3, sys
                c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA foreign_keys=OFF')
                c.executescript('ALTER TABLE member RENAME TO m_old; CREATE TABLE member AS SELECT * FROM m_old; DROP TABLE m_old;'); c.commit()
                """, path,
            ]
            try sqlite.run()
            sqlite.waitUntilExit()
            for args in [["import", kyushu], ["list"], ["log", "note", "kyushu-2025", "fgn", "x"]] {
                let r = try tripwright(args + ["--db", path])
                #expect(r.status == 2, "\(args) exited \(r.status)")
                #expect(r.err.contains("結構已被改動") && r.err.contains("member"), "\(args): \(r.err)")
            }
        }
    }

    @Test("HOME unset with no --db says what to set")
    func homeUnset() throws {
        let r = try tripwright(["list"], environment: ["HOME": "", "XDG_DATA_HOME": "", "TRIPWRIGHT_DB": ""])
        #expect(r.status == 2)
        #expect(r.err.contains("HOME") && r.err.contains("--db"))
    }

    @Test("with HOME unset but --db given, import, logging and the report work (the photo cache goes to the temporary folder)")
    func homeUnsetWithDatabase() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            let env = ["HOME": "", "XDG_DATA_HOME": "", "XDG_CACHE_HOME": "", "TRIPWRIGHT_DB": ""]
            #expect(try tripwright(["import", kyushu, "--db", db], environment: env).status == 0)
            let image = root.appendingPathComponent("Tests/TripStoreTests/Fixtures/meeting.png").path
            #expect(try tripwright(["log", "photo", "kyushu-2025", "fgn", image, "--db", db], environment: env).status == 0)
            let r = try tripwright(
                ["report", "kyushu-2025", "--format", "md", "--out", folder.appendingPathComponent("r").path, "--db", db],
                environment: env
            )
            #expect(r.status == 0, "\(r.err)")
        }
    }

    @Test("an output file that cannot be written is named with why, exit 2, without system error text")
    func unwritableOutput() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            _ = try tripwright(["import", kyushu, "--db", db])
            for command in ["export", "calendar"] {
                let r = try tripwright([command, "kyushu-2025", "-o", folder.appendingPathComponent("no/such/dir/out").path, "--db", db])
                #expect(r.status == 2 && r.err.contains("無法寫入"), "\(command): \(r.err)")
                #expect(!rawErrorTexts.contains { r.err.contains($0) } && !r.err.contains("couldn’t"))
            }
        }
    }

    @Test("a user name with a line break is refused, exit 2")
    func userNameIsOneLine() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            _ = try tripwright(["init", "--db", db])
            let r = try tripwright(["user", "add", "葉\n珀如", "--role", "member", "--db", db])
            #expect(r.status == 2 && r.err.contains("只能有一行"))
        }
    }

    @Test("a read-only database is read by every reading command, and a write says why it cannot", .enabled(if: getuid() == 0))
    func readOnlyDatabase() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("ro/k.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", path]).status == 0)
            // Owned by root, readable by all, writable by none but root; the folder too.
            chmod(folder.path, 0o755)
            chmod(folder.appendingPathComponent("ro").path, 0o755)
            chmod(path, 0o644)
            let home = folder.appendingPathComponent("home").path
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
            for args in Self.readCommands + [["report", "kyushu-2025", "--format", "md", "--out", home + "/r"]] {
                let r = try tripwrightAsNobody(args + ["--db", path], home: home)
                #expect(r.status == 0, "\(args): \(r.err)")
                #expect(!r.out.isEmpty || args == ["user", "list"], "\(args)")
            }
            let write = try tripwrightAsNobody(["log", "note", "kyushu-2025", "fgn", "筆記", "--db", path], home: home)
            #expect(write.status == 2)
            #expect(write.err.contains("無法寫入") && write.err.contains("讀取類指令"))
            #expect(!rawErrorTexts.contains { write.err.contains($0) })
        }
    }

    @Test(
        "a read-only folder whose database still has changes in its -wal says how to merge them, and that advice works",
        .enabled(if: getuid() == 0)
    )
    func readOnlyFolderWithPendingLog() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("ro/k.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", path]).status == 0)
            // A writer that commits and dies before merging its log into the file.
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = [
                "python3", "-c",
                """
                import os, sqlite3, sys
                c = sqlite3.connect(sys.argv[1], isolation_level=None)
                c.execute('PRAGMA wal_autocheckpoint=0')
                c.execute("UPDATE delegation SET title = title || '（改）'")
                os.kill(os.getpid(), 9)
                """, path,
            ]
            try python.run()
            python.waitUntilExit()
            try? FileManager.default.removeItem(atPath: path + "-shm")
            chmod(folder.path, 0o755)
            chmod(folder.appendingPathComponent("ro").path, 0o755)
            chmod(path, 0o644)
            chmod(path + "-wal", 0o644)
            let home = folder.appendingPathComponent("home").path
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
            let refused = try tripwrightAsNobody(["list", "--db", path], home: home)
            #expect(refused.status == 2 && refused.err.contains("tripwright init --db"), "\(refused.err)")
            #expect(try tripwright(["init", "--db", path]).status == 0)
            let read = try tripwrightAsNobody(["list", "--db", path], home: home)
            #expect(read.status == 0 && read.out.contains("（改）"), "\(read.err)")
        }
    }

    @Test("log press --id with only --image keeps the clipping's headline, language and event")
    func pressEditKeepsFields() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            _ = try tripwright(["import", kyushu, "--db", db])
            let added = try tripwright([
                "log", "press", "kyushu-2025", "--date", "2025-09-08", "--outlet", "三立新聞台", "--headline", "臺中市政團隊赴日參訪",
                "--language", "zh-Hant", "--event", "fgn", "--db", db,
            ])
            #expect(added.status == 0)
            let id = try #require(added.out.split(separator: " ").dropFirst().first.map { String($0).replacingOccurrences(of: "：三立新聞台\n", with: "") })
            let image = root.appendingPathComponent("Tests/TripStoreTests/Fixtures/meeting.png").path
            let edited = try tripwright(["log", "press", "kyushu-2025", "--id", id, "--image", image, "--db", db])
            #expect(edited.status == 0, "\(edited.err)")
            let plan = try tripwright(["export", "kyushu-2025", "--db", db]).out
            let block = plan.components(separatedBy: "- id: \(id)\n").dropFirst().first ?? ""
            #expect(block.contains("headline: 臺中市政團隊赴日參訪"))
            #expect(block.contains("language: zh-Hant"))
            #expect(block.contains("event: fgn"))
            #expect(block.contains("image: press/kyushu-2025/"))
        }
    }

    @Test("a note with a terminal escape or an impossible time is refused, exit 2, nothing stored")
    func logNoteValues() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            _ = try tripwright(["import", kyushu, "--db", db])
            let before = try tripwright(["export", "kyushu-2025", "--db", db]).out
            let escape = try tripwright(["log", "note", "kyushu-2025", "fgn", "重點\u{1B}[2J", "--db", db])
            #expect(escape.status == 2 && escape.err.contains("U+001B"))
            let time = try tripwright(["log", "note", "kyushu-2025", "fgn", "ok", "--at", "2025-09-01 25:00", "--db", db, "--lang", "en"])
            #expect(time.status == 2 && time.err.contains("--at") && time.err.contains("'2025-09-01 25:00' is not a valid time"))
            #expect(try tripwright(["export", "kyushu-2025", "--db", db]).out == before)
        }
    }

    @Test("log photo first clears what an interrupted run left in the delegation's photo folder")
    func logPhotoSweepsLeftovers() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            _ = try tripwright(["import", kyushu, "--db", db])
            let photos = folder.appendingPathComponent("t.files/photos/kyushu-2025")
            try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
            let leftovers = [".tw-part-ABC", ".dat.nosync12ab.cdEF34", "00112233445566ff.jpg"]
            for name in leftovers { try Data(count: 1024).write(to: photos.appendingPathComponent(name)) }
            let image = root.appendingPathComponent("Tests/TripStoreTests/Fixtures/meeting.png").path
            let r = try tripwright(["log", "photo", "kyushu-2025", "fgn", image, "--caption", "會談", "--db", db])
            #expect(r.status == 0, "\(r.err)")
            let names = Set(try FileManager.default.contentsOfDirectory(atPath: photos.path))
            #expect(names.isDisjoint(with: leftovers))
        }
    }

    @Test("every refused input exits 2: a bad option value, an unknown subcommand")
    func refusedInputExitsTwo() throws {
        #expect(try tripwright(["log", "photo", "kyushu-2025", "fgn", "notes.txt"]).status == 2)
        #expect(try tripwright(["frobnicate"]).status == 2)
        #expect(try tripwright(["list", "--help"]).status == 0)
    }
}
