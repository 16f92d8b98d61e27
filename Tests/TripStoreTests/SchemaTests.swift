import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// The schema the migrations make, compared with `Fixtures/schema.sql`; after an intended new
/// migration, re-record it with `RECORD_GOLDEN=1 swift test --filter SchemaTests` and review the diff.
@Suite struct SchemaTests {
    /// Every table, index and migration, one statement a line, in a stable order.
    static func schema(_ db: Database) throws -> String {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, sql FROM sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name
                """
        )
        let statements = rows.map { row -> String in (row["sql"] as String) + ";" }
        let migrations = try TripDatabase.migrator.appliedMigrations(db).map { "-- migration \($0)" }
        return (migrations + statements).joined(separator: "\n") + "\n"
    }

    @Test("the migrated schema is the golden one")
    func migratedSchemaMatchesGolden() throws {
        let queue = try DatabaseQueue()
        try TripDatabase.migrator.migrate(queue)
        let text = try queue.read(SchemaTests.schema)
        let url = fixture("schema.sql")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "schema.sql differs; re-record with RECORD_GOLDEN=1 if intended")
    }

    @Test("every column that names another row is spelt the one way, `…Id`")
    func referencesAreSpeltOneWay() throws {
        let queue = try DatabaseQueue()
        try TripDatabase.migrator.migrate(queue)
        let names = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .flatMap { table in try db.columns(in: table).map { "\(table).\($0.name)" } }
        }
        #expect(names.filter { $0.hasSuffix("ID") }.isEmpty)
        #expect(names.contains("note.eventId") && names.contains("participant.memberId") && names.contains("delegation.homeId"))
    }
}
