import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// Coded columns are read as their enums; a code no case knows (a newer version wrote it, or
/// another program) is a worded `StoreError` naming the table, the column and the value.
@Suite struct StoredCodeTests {
    /// A database file with the minimal plan imported, then `sql` run on it behind the store's back.
    func database(in folder: URL, altered sql: String) throws -> TripDatabase {
        let path = folder.appendingPathComponent("t.sqlite").path
        _ = try TripDatabase.open(path: path).importPlan(try readPlan(minimalPlan()))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
        return try TripDatabase.open(path: path, mode: .existing)
    }

    @Test("an event kind no case knows is reported with its table, column and value when read")
    func unknownEventKindOnRead() throws {
        try withTemporaryFolder { folder in
            let db = try database(in: folder, altered: "UPDATE event SET kind = 'banquet'")
            #expect(throws: StoreError.self) { try db.delegation("mini") }
            do {
                _ = try db.delegation("mini")
            } catch let error as StoreError {
                guard case let .unknownCode(table, column, value, known) = error else {
                    Issue.record("expected unknownCode, got \(error)")
                    return
                }
                #expect(table == "event" && column == "kind" && value == "banquet" && known.contains("visit"))
                #expect(error.text(.zh).contains("banquet") && error.text(.zh).contains("請更新 Tripwright"))
                #expect(error.text(.en).contains("column kind of table event"))
            }
        }
    }

    @Test("a write that reads a row with an unknown code refuses with the same error and saves nothing")
    func unknownCodeOnWrite() throws {
        try withTemporaryFolder { folder in
            let db = try database(in: folder, altered: "UPDATE event SET kind = 'banquet'")
            do {
                let day = try #require(LocalDate(iso: "2025-09-02"))
                try db.editEvent(
                    delegation: "mini",
                    event: "visit",
                    revision: "x",
                    to: EventEdit(
                        kind: .visit,
                        title: "新標題",
                        host: nil,
                        placeID: nil,
                        start: Moment(date: day, zone: .taipei),
                        end: nil
                    )
                )
                Issue.record("the edit was saved")
            } catch let error as StoreError {
                guard case .unknownCode(table: "event", column: "kind", value: "banquet", known: _) = error else {
                    Issue.record("expected unknownCode, got \(error)")
                    return
                }
            }
        }
    }

    @Test("an async read of a code no case knows gives the same worded error as a blocking one")
    func unknownCodeOnAsyncRead() async throws {
        try await withTemporaryFolder { folder in
            let db = try database(in: folder, altered: "UPDATE event SET kind = 'banquet'")
            do {
                _ = try await db.delegation("mini")
                Issue.record("the delegation was read")
            } catch let error as StoreError {
                guard case let .unknownCode(table, column, value, known) = error else {
                    Issue.record("expected unknownCode, got \(error)")
                    return
                }
                #expect(table == "event" && column == "kind" && value == "banquet" && known.contains("visit"))
                #expect(error.text(.zh).contains("banquet") && error.text(.zh).contains("請更新 Tripwright"))
            }
        }
    }

    @Test("an async write that reads a row with an unknown code refuses with the worded error and saves nothing")
    func unknownCodeOnAsyncWrite() async throws {
        try await withTemporaryFolder { folder in
            let db = try database(in: folder, altered: "UPDATE event SET kind = 'banquet'")
            let before = try await db.changeStamp(delegation: "mini")
            do {
                let day = try #require(LocalDate(iso: "2025-09-02"))
                try await db.editEvent(
                    delegation: "mini",
                    event: "visit",
                    revision: "x",
                    to: EventEdit(
                        kind: .visit,
                        title: "新標題",
                        host: nil,
                        placeID: nil,
                        start: Moment(date: day, zone: .taipei),
                        end: nil
                    )
                )
                Issue.record("the edit was saved")
            } catch let error as StoreError {
                guard case .unknownCode(table: "event", column: "kind", value: "banquet", known: _) = error else {
                    Issue.record("expected unknownCode, got \(error)")
                    return
                }
            }
            #expect(try await db.changeStamp(delegation: "mini") == before)
        }
    }

    @Test("a leg kind no case knows is reported, not dropped")
    func unknownLegKind() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("t.sqlite").path
            let plan = minimalPlan(extra: "legs:\n- {id: out, mode: 飛機, from: 福岡, to: 福岡, depart: 2025-09-01}")
            _ = try TripDatabase.open(path: path).importPlan(try readPlan(plan))
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "UPDATE leg SET kind = 'cruise'") }
            try queue.close()
            let db = try TripDatabase.open(path: path, mode: .readOnly)
            #expect(throws: StoreError.unknownCode(table: "leg", column: "kind", value: "cruise", known: EventKind.allCases.map(\.rawValue))) {
                try db.delegation("mini")
            }
        }
    }

    @Test("a list column another program broke is a worded error naming the column, not JSONDecoder's")
    func brokenJSONColumn() throws {
        try withTemporaryFolder { folder in
            let db = try database(in: folder, altered: "UPDATE event SET counterparts = '[{\"name\": '")
            #expect(throws: StoreError.corrupt("event.counterparts")) { try db.delegation("mini") }
            #expect(StoreError.corrupt("event.counterparts").text(.zh).hasPrefix("資料庫內容無法讀取：event.counterparts。"))
        }
    }

    @Test("the delegations list reads its status as the enum")
    func listStatusIsTyped() throws {
        let db = try TripDatabase.inMemory()
        _ = try db.importPlan(try readPlan(minimalPlan()))
        #expect(try db.delegations().map(\.status) == [.planning])
    }
}
