import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// `Fixtures/main-v4.sql` is the `.dump` of a database made by `tripwright` as main built it
/// before migration "v5-column-names" (commit 1628d70, schema v4): `import` of both seeds, the
/// three press plans and `Fixtures/full.yaml` and `details.yaml`; `log note`, `log photo` and
/// `log press --image` on kyushu-2025/fgn; `user add 葉珀如 --role member`; then, as the web app
/// writes them, a note edit (its noteRevision row), a follow-up, a session and two calendar
/// feeds (tokens `sessiontoken`, `feedtoken`, `wholefeed`, stored as their SHA-256). Opening it
/// migrates it; nothing may be lost or read differently.
@Suite struct MigrationTests {
    static let tables = [
        "delegation", "member", "place", "event", "leg", "stay", "participant", "reflection", "note",
        "noteRevision", "photo", "outcome", "followUp", "pressItem", "user", "signInCode", "session",
        "calendarToken", "webSecret",
    ]

    /// A file database made from the dump, in `folder`; returns its path.
    static func databaseMadeByV4(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("v4.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: try String(contentsOf: fixture("main-v4.sql"), encoding: .utf8))
        }
        try queue.close()
        return path
    }

    static func counts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in tables { counts[table] = try Table(table).fetchCount(db) }
            return counts
        }
    }

    @Test("a database made before v5 migrates and keeps every row of every table")
    func everyRowKept() throws {
        try withTemporaryFolder { folder in
            let path = try MigrationTests.databaseMadeByV4(in: folder)
            let before = try MigrationTests.counts(path)
            #expect(before["note"] == 64 && before["stay"] == 3 && before["calendarToken"] == 2)
            let db = try TripDatabase.open(path: path, mode: .existing)
            #expect(try db.appliedMigrations().last == TripDatabase.migrator.migrations.last)
            #expect(try MigrationTests.counts(path) == before)
        }
    }

    @Test("a database made before v5 has, once migrated, the schema a new one has")
    func migratedSchemaIsTheNewOne() throws {
        try withTemporaryFolder { folder in
            let path = try MigrationTests.databaseMadeByV4(in: folder)
            _ = try TripDatabase.open(path: path, mode: .existing)
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            #expect(try queue.read(SchemaTests.schema) == (try String(contentsOf: fixture("schema.sql"), encoding: .utf8)))
        }
    }

    @Test("plans imported before v5 export the same after it")
    func plansExportTheSame() throws {
        try withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: try MigrationTests.databaseMadeByV4(in: folder), mode: .existing)
            for (id, file) in [("full-2026", "full.yaml"), ("details-2026", "details.yaml")] {
                let fresh = try TripDatabase.inMemory()
                _ = try fresh.importPlan(try readPlan(try String(contentsOf: fixture(file), encoding: .utf8)))
                // Photo files are stored under content names by the command that imported them.
                #expect(try PlanWriter().write(comparable(try db.delegation(id))) == (try PlanWriter().write(comparable(try fresh.delegation(id)))))
            }
            let shanghai = try db.delegation("shanghai-forum-2025")
            #expect(shanghai.stays.count == 1 && shanghai.stays[0].placeID.isEmpty == false)
            #expect(shanghai.legs.allSatisfy { !$0.fromID.isEmpty && !$0.toID.isEmpty })
        }
    }

    @Test("what was logged before v5 reads back: notes with their revisions, photos, clippings, follow-ups")
    func loggedMaterialKept() throws {
        try withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: try MigrationTests.databaseMadeByV4(in: folder), mode: .existing)
            let kyushu = try db.delegation("kyushu-2025")
            #expect(kyushu.homeID == "TPE" || !kyushu.homeID.isEmpty)
            let fgn = try #require(kyushu.events.first { $0.id == "fgn" })
            #expect(fgn.photos.contains { $0.caption == "與進駐之新創團隊交流" && $0.file?.hasPrefix("photos/kyushu-2025/") == true })
            #expect(fgn.followUps.map(\.task) == ["寄送合作意向書"])
            #expect(kyushu.press.contains { $0.outlet == "三立新聞台" && $0.image != nil })
            let notes = try db.notes(delegation: "kyushu-2025", event: "fgn")
            let edited = try #require(notes.first { $0.id == 63 })
            #expect(edited.revision == 2 && edited.previous == ["FGN 以簽證與金融開戶背書吸引外國新創。"])
            #expect(try db.editNote(id: 63, delegation: "kyushu-2025", event: "fgn", revision: 2, text: "第三版").previous.count == 2)
            #expect(try db.memberRemovalProblem(delegation: "kyushu-2025", id: "yeh") == nil)
        }
    }

    @Test("users, sessions and calendar feeds made before v5 still open")
    func webRowsKept() throws {
        try withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: try MigrationTests.databaseMadeByV4(in: folder), mode: .existing)
            #expect(try db.users().map(\.name) == ["葉珀如"])
            #expect(try db.session(token: "sessiontoken", now: Date(timeIntervalSince1970: 1_800_000_000))?.user.name == "葉珀如")
            let feed = try #require(try db.calendarFeed(token: "feedtoken"))
            #expect(feed.delegation == "kyushu-2025" && feed.member == "yeh")
            #expect(try db.calendarFeed(token: "wholefeed")?.member == nil)
            try db.revokeCalendarTokens(delegation: "kyushu-2025", member: nil)
            #expect(try db.calendarFeed(token: "wholefeed") == nil)
            #expect(try db.calendarFeed(token: "feedtoken") != nil)
        }
    }
}
