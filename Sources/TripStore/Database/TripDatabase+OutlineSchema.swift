import GRDB

extension TripDatabase {
    /// Migration "v6-outline": each delegation's report outlines (issue 10), one row per report
    /// kind, removed with the delegation.
    static func migrateOutline(_ db: Database) throws {
        try db.create(table: "reportOutline") { t in
            t.belongsTo("delegation", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull()
            t.column("position", .integer).notNull()
            t.column("outline", .text).notNull()
            t.column("revision", .integer).notNull().defaults(to: 1).check { $0 >= 1 }
            t.primaryKey(["delegationId", "kind"])
        }
    }
}
