import Foundation
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
            Issue.record("""
                Sources/TripStore/Database/SchemaCheck+Expected.swift is out of date; replace it with:
                \(SchemaCheck.source(of: migrated))
                """)
        }
    }
}
