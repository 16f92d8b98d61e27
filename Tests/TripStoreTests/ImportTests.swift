import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

@Suite("Importing never loses what was logged")
struct ImportTests {
    func imported(_ text: String, into db: TripDatabase) throws -> ImportSummary {
        try db.importPlan(try readPlan(text))
    }

    @Test("re-importing a plan keeps notes logged since")
    func keepsNotes() throws {
        let db = try TripDatabase.inMemory()
        _ = try imported(minimalPlan(), into: db)
        try db.addNote(delegation: "mini", event: "visit", text: "現場筆記", author: "chang")
        _ = try imported(minimalPlan(), into: db)
        #expect(try db.delegation("mini").events[0].notes.map(\.text) == ["現場筆記"])
    }

    @Test("a note in the file that is already stored is not added twice")
    func noDuplicateNotes() throws {
        let db = try TripDatabase.inMemory()
        let plan = minimalPlan(eventExtra: "  notes:\n  - text: 同一則")
        _ = try imported(plan, into: db)
        let second = try imported(plan, into: db)
        #expect(second.notesAdded == 0)
        #expect(try db.delegation("mini").events[0].notes.count == 1)
    }

    @Test("an event dropped from the plan is kept when notes are logged against it")
    func keepsLoggedEvent() throws {
        let db = try TripDatabase.inMemory()
        _ = try imported(minimalPlan(), into: db)
        try db.addNote(delegation: "mini", event: "visit", text: "重要", author: nil)
        let withoutEvent = minimalPlan().replacingOccurrences(
            of: "events:\n- id: visit\n  kind: 參訪\n  title: 參訪市場\n  date: 2025-09-02\n  place: 福岡",
            with: ""
        )
        let summary = try imported(withoutEvent, into: db)
        #expect(summary.keptEvents == ["visit"])
        #expect(try db.delegation("mini").events.map(\.id) == ["visit"])
    }

    @Test("an event dropped from the plan with nothing logged is removed")
    func removesUnloggedEvent() throws {
        let db = try TripDatabase.inMemory()
        _ = try imported(minimalPlan(), into: db)
        let withoutEvent = minimalPlan().replacingOccurrences(
            of: "events:\n- id: visit\n  kind: 參訪\n  title: 參訪市場\n  date: 2025-09-02\n  place: 福岡",
            with: ""
        )
        let summary = try imported(withoutEvent, into: db)
        #expect(summary.removedItems == ["visit"])
        #expect(try db.delegation("mini").events.isEmpty)
    }

    @Test("press items logged since are kept when the file does not list them")
    func keepsPress() throws {
        let db = try TripDatabase.inMemory()
        _ = try imported(minimalPlan(), into: db)
        try db.savePress(PressItem(id: "p1", date: LocalDate(iso: "2025-09-02")!, outlet: "工商時報"), delegation: "mini")
        _ = try imported(minimalPlan(), into: db)
        #expect(try db.delegation("mini").press.map(\.id) == ["p1"])
    }

    @Test("an import that fails part-way writes nothing")
    func atomicImport() throws {
        let db = try TripDatabase.inMemory()
        var d = try readPlan(minimalPlan())
        // A reference the reader would never let through makes the database refuse mid-import.
        d.events[0].placeID = "no-such-place"
        #expect(throws: (any Error).self) { try db.importPlan(d) }
        #expect(try db.delegations().isEmpty)
    }

    @Test("a failed re-import leaves the earlier version untouched")
    func atomicReimport() throws {
        let db = try TripDatabase.inMemory()
        _ = try imported(minimalPlan(), into: db)
        let before = try db.delegation("mini")
        var d = try readPlan(minimalPlan().replacingOccurrences(of: "title: 測試", with: "title: 新標題"))
        d.events[0].placeID = "no-such-place"
        #expect(throws: (any Error).self) { try db.importPlan(d) }
        #expect(try db.delegation("mini") == before)
    }

    @Test("logging against an unknown event names the nearest event id")
    func unknownEvent() throws {
        let db = try TripDatabase.inMemory()
        _ = try imported(minimalPlan(), into: db)
        #expect(throws: StoreError.noSuchEvent("visti", delegation: "mini", suggestions: ["visit"])) {
            try db.addNote(delegation: "mini", event: "visti", text: "x", author: nil)
        }
    }

    @Test("the database file is in WAL mode with foreign keys on")
    func walMode() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            _ = try TripDatabase.open(path: path)
            let queue = try DatabaseQueue(path: path)
            #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        }
    }

    @Test("a photo added twice is stored once, under a name from its content")
    func photoStoredOnce() throws {
        try withTemporaryFolder { folder in
            let vault = FileVault(root: folder)
            let db = try TripDatabase.inMemory()
            let a = try db.storingFiles([(.file(fixture("meeting.png")), "photos/t")], vault: vault) { $0[0] }
            let b = try db.storingFiles([(.file(fixture("meeting.png")), "photos/t")], vault: vault) { $0[0] }
            #expect(a == b)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(a.path).path))
        }
    }
}
