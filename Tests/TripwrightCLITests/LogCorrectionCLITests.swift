import Foundation
import Testing
import TripReport

/// `tripwright log list/delete/undo/move/edit/history/person/outcome/follow-up/press-order` as
/// the built binary answers them.
@Suite("log corrections on the command line")
struct LogCorrectionCLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path

    /// `log list` lines: `KIND KEY  [REVISION]  SUMMARY`.
    static func entries(_ out: String) -> [(kind: String, key: String, revision: String)] {
        out.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, parts[2].hasPrefix(" [") || parts[2].hasPrefix("[") else { return nil }
            let revision = parts[2].drop { $0 == " " || $0 == "[" }.prefix { $0 != "]" }
            return (String(parts[0]), String(parts[1]), String(revision))
        }
    }

    @Test("a note deleted, listed in the history and undone; a stale revision exits 2 with both versions")
    func deleteUndoAndStaleRevision() throws {
        try withFolder { folder in
            let db = ["--db", folder.appendingPathComponent("t.sqlite").path]
            #expect(try tripwright(["import", kyushu] + db).status == 0)
            let list = try tripwright(["log", "list", "kyushu-2025", "fgn"] + db)
            let note = try #require(Self.entries(list.out).first { $0.kind == "note" })
            let deleted = try tripwright(["log", "delete", "kyushu-2025", "note", note.key, "--revision", note.revision] + db)
            #expect(deleted.status == 0 && deleted.out.contains("已刪除筆記 \(note.key)"))
            #expect(
                try !Self.entries(tripwright(["log", "list", "kyushu-2025", "fgn"] + db).out).contains { $0.key == note.key && $0.kind == "note" }
            )
            let history = try tripwright(["log", "history", "kyushu-2025", "fgn", "--lang", "en"] + db)
            #expect(history.status == 0 && history.out.contains("#1 ") && history.out.contains("deleted note \(note.key)"))
            let undone = try tripwright(["log", "undo", "kyushu-2025", "1"] + db)
            #expect(undone.status == 0 && undone.out.contains("已復原修改 #1"))
            // An edit meanwhile makes the revision seen before stale.
            #expect(try tripwright(["log", "edit", "kyushu-2025", "note", note.key, "--text", "改過的筆記"] + db).status == 0)
            let stale = try tripwright(["log", "delete", "kyushu-2025", "note", note.key, "--revision", note.revision] + db)
            #expect(stale.status == 2 && stale.err.contains("改過的筆記") && stale.out.isEmpty)
            #expect(try tripwright(["log", "undo", "kyushu-2025", "1"] + db).status == 2)
        }
    }

    @Test("people met, outcomes and follow-ups are logged, edited and moved from the command line")
    func peopleOutcomesFollowUps() throws {
        try withFolder { folder in
            let db = ["--db", folder.appendingPathComponent("t.sqlite").path]
            #expect(try tripwright(["import", kyushu] + db).status == 0)
            #expect(try tripwright(["log", "person", "kyushu-2025", "fgn", "山田太郎", "--title", "部長"] + db).status == 0)
            #expect(try tripwright(["log", "outcome", "kyushu-2025", "fgn", "初步共識", "--date", "2025-09-01"] + db).status == 0)
            #expect(try tripwright(["log", "follow-up", "kyushu-2025", "fgn", "寄送感謝函", "--due", "2025-09-30"] + db).status == 0)
            let entries = Self.entries(try tripwright(["log", "list", "kyushu-2025", "fgn"] + db).out)
            let person = try #require(entries.first { $0.kind == "person" })
            let outcome = try #require(entries.first { $0.kind == "outcome" })
            let task = try #require(entries.first { $0.kind == "follow-up" })
            #expect(try tripwright(["log", "edit", "kyushu-2025", "person", person.key, "--title", "執行長"] + db).status == 0)
            #expect(try tripwright(["log", "edit", "kyushu-2025", "follow-up", task.key, "--status", "done"] + db).status == 0)
            #expect(try tripwright(["log", "move", "kyushu-2025", "outcome", outcome.key, "yanagibashi"] + db).status == 0)
            let fgn = try tripwright(["log", "list", "kyushu-2025", "fgn"] + db).out
            #expect(fgn.contains("山田太郎") && fgn.contains("執行長") && fgn.contains("done") && !fgn.contains("初步共識"))
            #expect(try tripwright(["log", "list", "kyushu-2025", "yanagibashi"] + db).out.contains("初步共識"))
            let bad = try tripwright(["log", "edit", "kyushu-2025", "follow-up", task.key, "--status", "finished"] + db)
            #expect(bad.status == 2 && bad.err.contains("--status"))
            let badID = try tripwright(["log", "delete", "kyushu-2025", "note", "abc"] + db)
            #expect(badID.status == 2)
        }
    }

    @Test("a clipping moves up in the report's order and back with undo")
    func pressOrder() throws {
        try withFolder { folder in
            let db = ["--db", folder.appendingPathComponent("t.sqlite").path]
            #expect(try tripwright(["import", kyushu] + db).status == 0)
            let export = try tripwright(["export", "kyushu-2025"] + db).out
            let ids = export.split(separator: "\n").filter { $0.hasPrefix("- id: ") }.map { String($0.dropFirst(6)) }
            let press = ids.filter { export.contains("- id: \($0)\n  date:") }
            let second = try #require(press.dropFirst().first)
            #expect(try tripwright(["log", "press-order", "kyushu-2025", second, "up"] + db).status == 0)
            let moved = try tripwright(["export", "kyushu-2025"] + db).out
            let first = try #require(press.first)
            #expect(
                (moved.range(of: "- id: \(second)")?.lowerBound ?? moved.endIndex)
                    < (moved.range(of: "- id: \(first)")?.lowerBound ?? moved.startIndex)
            )
            #expect(try tripwright(["log", "press-order", "kyushu-2025", second, "up"] + db).status == 2)
        }
    }

    @Test("--fill gives a placeholder its file and says so; a caption no placeholder has is refused with the nearest, adding nothing")
    func fillPlaceholder() throws {
        try withFolder { folder in
            let db = ["--db", folder.appendingPathComponent("t.sqlite").path]
            #expect(try tripwright(["import", kyushu] + db).status == 0)
            let photo = folder.appendingPathComponent("p.jpg")
            try SyntheticPhoto.write(to: photo, width: 64, height: 48, variant: 3)
            let wrong = try tripwright(["log", "photo", "kyushu-2025", "yanagibashi", photo.path, "--fill", "古賀和秀理事長分享市場"] + db)
            #expect(wrong.status == 2 && wrong.err.contains("古賀和秀理事長分享市場管理") && wrong.out.isEmpty)
            let right = try tripwright(["log", "photo", "kyushu-2025", "yanagibashi", photo.path, "--fill", "古賀和秀理事長分享市場管理"] + db)
            #expect(right.status == 0 && right.out.contains("已補上照片 #1"))
            let list = try tripwright(["log", "list", "kyushu-2025", "yanagibashi"] + db).out
            #expect(list.split(separator: "\n").filter { $0.hasPrefix("photo ") }.count == 4)
            #expect(!list.contains("古賀和秀理事長分享市場管理 [—]"))
        }
    }
}
