import GRDB

extension TripDatabase {
    /// Migration "v8-corrections": the history of corrections to logged material (issue 10).
    /// A deleted item leaves its whole stored row here, so an undo restores it exactly and a
    /// re-import of an older plan file can tell it was deleted (a tombstone).
    static func migrateCorrections(_ db: Database) throws {
        try db.create(table: "logChange") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("delegation", onDelete: .cascade).notNull()
            t.column("eventId", .text)
            t.column("toEventId", .text)
            t.column("kind", .text).notNull().check { LoggedKind.allCases.map(\.rawValue).contains($0) }
            t.column("itemKey", .text).notNull()
            t.column("action", .text).notNull().check { LoggedAction.allCases.map(\.rawValue).contains($0) }
            t.column("before", .text)
            t.column("after", .text)
            t.column("actor", .text)
            t.column("at", .datetime).notNull()
            t.column("undoneBy", .integer).references("logChange", onDelete: .setNull)
            t.column("undoes", .integer).references("logChange", onDelete: .setNull)
        }
        try db.create(index: "logChange_delegationId_eventId", on: "logChange", columns: ["delegationId", "eventId"])
    }
}
