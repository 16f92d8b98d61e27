import Foundation
import GRDB
import Testing

@testable import TripStore

/// The schema a database is checked against on every open is written out (so that opening does
/// not migrate a scratch database first); it must stay what the migrations make.
@Suite("The expected schema")
struct SchemaCheckTests {
    @Test("the written-out schema is what the migrations make")
    func writtenSchemaMatchesMigrations() throws {
        let migrated = try SchemaCheck.migrated()
        #expect(!migrated.isEmpty)
        if SchemaCheck.expected != migrated {
            Issue.record(
                """
                Sources/TripStore/Database/SchemaCheck+Expected.swift is out of date; replace it with:
                \(SchemaCheck.source(of: migrated))
                """
            )
        }
    }
}

/// The schema as GRDB's per-table reads describe it, to hold the two-statement description to.
private func describedByGRDB(_ db: Database) throws -> [String: SchemaCheck.Table] {
    let names = try String.fetchAll(
        db,
        sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'"
    )
    var tables: [String: SchemaCheck.Table] = [:]
    for name in names {
        tables[name] = SchemaCheck.Table(
            columns: Set(try db.columns(in: name).map(\.name)),
            primaryKey: try db.primaryKey(name).columns,
            uniqueIndexes: Set(try db.indexes(on: name).filter(\.isUnique).map(\.columns))
        )
    }
    return tables
}

extension SchemaCheckTests {
    @Test("the two-statement description of the schema is what GRDB's per-table reads say, whole or damaged")
    func describedAsGRDBDescribes() throws {
        let queue = try DatabaseQueue()
        try TripDatabase.migrator.migrate(queue)
        let whole = try queue.read { db in (try SchemaCheck.describe(db), try describedByGRDB(db)) }
        #expect(whole.0 == whole.1)
        try queue.write { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "ALTER TABLE event RENAME TO event_old")
            try db.execute(sql: "CREATE TABLE event AS SELECT * FROM event_old")
            try db.execute(sql: "DROP TABLE event_old")
            try db.execute(sql: "CREATE TABLE loose (a TEXT, b INTEGER)")
            try db.execute(sql: "CREATE UNIQUE INDEX loose_ab ON loose (b, a)")
        }
        let (described, byGRDB) = try queue.read { db in (try SchemaCheck.describe(db), try describedByGRDB(db)) }
        #expect(described == byGRDB)
        #expect(described["event"]?.primaryKey == ["rowid"])
        #expect(described["loose"]?.uniqueIndexes == [["b", "a"]])
    }
}
