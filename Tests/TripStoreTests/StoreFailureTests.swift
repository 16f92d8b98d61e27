import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// Every store and environment failure is a `StoreError` that says what is wrong and what to
/// do, in both languages: never SQLite's own text, never a trap.
@Suite("Store failures say what to do")
struct StoreFailureTests {
    /// The message in both languages, checked for SQLite's and Foundation's raw texts.
    func expectWorded(_ error: StoreError, _ sourceLocation: SourceLocation = #_sourceLocation) {
        for lang in [Lang.zh, .en] {
            let text = error.text(lang)
            for raw in ["SQLite error", "NSCocoaErrorDomain", "Code=", "Error Domain"] {
                #expect(!text.contains(raw), "\(text)", sourceLocation: sourceLocation)
            }
        }
    }

    func storeError(_ body: () throws -> Void) -> StoreError? {
        do {
            try body()
            return nil
        } catch let error as StoreError {
            return error
        } catch {
            Issue.record("not a StoreError: \(error)")
            return nil
        }
    }

    @Test("a missing file is not created by a command that may not create one, nor its folder")
    func missingFileIsNotCreated() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("typo/trip.sqlite").path
            for mode in [TripDatabase.OpenMode.readOnly, .existing] {
                let error = storeError { _ = try TripDatabase.open(path: path, mode: mode) }
                #expect(error == .databaseMissing(path: path))
                if let error { expectWorded(error) }
            }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path))
            _ = try TripDatabase.open(path: path, mode: .create)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("a text file given as the database is named as not a database, in every mode")
    func textFileIsNotADatabase() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("plan.yaml").path
            try "tripwright: 1\nid: x\n".write(toFile: path, atomically: true, encoding: .utf8)
            for mode in [TripDatabase.OpenMode.readOnly, .existing, .create] {
                let error = storeError { _ = try TripDatabase.open(path: path, mode: mode) }
                #expect(error == .notADatabase(path: path))
                if let error { expectWorded(error) }
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "tripwright: 1\nid: x\n")
        }
    }

    @Test("a folder given as the database is named as a folder")
    func folderIsNotADatabase() throws {
        try withTemporaryFolder { folder in
            #expect(storeError { _ = try TripDatabase.open(path: folder.path, mode: .readOnly) } == .databaseIsFolder(path: folder.path))
        }
    }

    @Test("a truncated database is reported as damaged, with advice that does not need the damaged file")
    func truncatedDatabaseIsDamaged() throws {
        try withTemporaryFolder { folder in
            let good = folder.appendingPathComponent("good.sqlite").path
            do {
                // Closed at the end of the block: its write-ahead log goes into the file.
                let db = try TripDatabase.open(path: good)
                _ = try PlanImporter(location: DataLocation(databasePath: good)).importFile(at: seed("kyushu-2025.yaml"), into: db)
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: good))
            let bad = folder.appendingPathComponent("bad.sqlite").path
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: bad))
            var seen: StoreError?
            for mode in [TripDatabase.OpenMode.readOnly, .existing] {
                let error = storeError {
                    let opened = try TripDatabase.open(path: bad, mode: mode)
                    _ = try opened.delegation("kyushu-2025")
                }
                #expect(error == .damaged(path: bad) || error == .notADatabase(path: bad))
                seen = error ?? seen
            }
            let advice = seen?.text(.zh) ?? ""
            #expect(!advice.contains("export"))
            #expect(advice.contains("tripwright import"))
        }
    }

    @Test("a table that lost its key is reported before anything can trap on it")
    func tableWithoutItsKeyIsReported() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            _ = try TripDatabase.open(path: path)
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "ALTER TABLE event RENAME TO event_old")
                try db.execute(sql: "CREATE TABLE event AS SELECT * FROM event_old")
                try db.execute(sql: "DROP TABLE event_old")
            }
            try queue.close()
            for mode in [TripDatabase.OpenMode.readOnly, .existing, .create] {
                let error = storeError { _ = try TripDatabase.open(path: path, mode: mode) }
                guard case let .schemaDamaged(_, detail) = error else {
                    Issue.record("expected schemaDamaged, got \(String(describing: error))")
                    continue
                }
                #expect(detail.contains("event"))
                if let error { expectWorded(error) }
            }
        }
    }

    @Test("a database from a newer Tripwright is refused, not migrated")
    func newerSchemaIsRefused() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            _ = try TripDatabase.open(path: path)
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
            try queue.close()
            #expect(storeError { _ = try TripDatabase.open(path: path, mode: .existing) } == .newerSchema(path: path))
            #expect(storeError { _ = try TripDatabase.open(path: path, mode: .readOnly) } == .newerSchema(path: path))
        }
    }

    @Test("a full disk refuses the write with a message, and what was stored stays")
    func fullDiskRefusesTheWrite() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            _ = try TripDatabase.open(path: path)
            var config = Configuration()
            config.foreignKeysEnabled = true
            // SQLite's page limit stands in for a full disk: the same SQLITE_FULL.
            // A few pages above what the empty schema takes (each table and index is a page).
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA max_page_count = 70") }
            let db = try TripDatabase(DatabasePool(path: path, configuration: config), path: path)
            _ = try db.importPlan(try readPlan(minimalPlan()))
            let long = String(repeating: "很長的筆記。", count: 20_000)
            let error = storeError { for _ in 0..<20 { try db.addNote(delegation: "mini", event: "visit", text: long, author: nil) } }
            #expect(error == .diskFull(path: path))
            if let error { expectWorded(error) }
            #expect(try db.delegation("mini").events.count == 1)
        }
    }

    @Test("HOME unset with no other location is a message, not a guess")
    func homeUnset() throws {
        let location = DataLocation(databasePath: nil, environment: [:])
        #expect(location.unavailable == .noHome)
        #expect(throws: StoreError.noHome) { _ = try location.open(.readOnly) }
        #expect(DataLocation(databasePath: nil, environment: ["XDG_DATA_HOME": "/x"]).unavailable == nil)
        #expect(DataLocation(databasePath: "/x/t.sqlite", environment: [:]).unavailable == nil)
        expectWorded(.noHome)
    }

    @Test("read-only opening never writes: no -wal or -shm is left and the file is unchanged")
    func readOnlyOpenWritesNothing() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            do {
                let db = try TripDatabase.open(path: path)
                _ = try db.importPlan(try readPlan(minimalPlan()))
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let db = try TripDatabase.open(path: path, mode: .readOnly)
            #expect(try db.delegation("mini").title == "測試")
            let error = storeError { try db.addNote(delegation: "mini", event: "visit", text: "x", author: nil) }
            #expect(error == .readOnly(path: path))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("an older database is upgraded by a read when it may be written")
    func olderDatabaseIsUpgradedWhenWritable() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("old.sqlite").path
            let queue = try DatabaseQueue(path: path)
            // The first migration only, as an old version left it.
            try TripDatabase.migrator.migrate(queue, upTo: "v1-delegations")
            try queue.close()
            let db = try TripDatabase.open(path: path, mode: .readOnly)
            // Upgraded to the newest schema (v4-change-count when this test was written).
            #expect(try db.appliedMigrations().last == TripDatabase.migrator.migrations.last)
        }
    }
}
