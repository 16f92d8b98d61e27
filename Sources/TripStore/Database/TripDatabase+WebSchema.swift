import GRDB

extension TripDatabase {
    /// Migration "v2-web": users, one-time sign-in codes, sessions, calendar tokens and web secrets.
    /// Codes and tokens are stored as SHA-256 hex digests, never in clear.
    static func migrateWeb(_ db: Database) throws {
        try db.create(table: "user") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().check { length($0) > 0 }
            t.column("role", .text).notNull().check { ["organiser", "member", "viewer"].contains($0) }
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "signInCode") { t in
            t.primaryKey("codeHash", .text)
            t.belongsTo("user", onDelete: .cascade).notNull()
            t.column("expiresAt", .datetime).notNull()
            t.column("usedAt", .datetime)
        }
        try db.create(table: "session") { t in
            t.primaryKey("tokenHash", .text)
            t.belongsTo("user", onDelete: .cascade).notNull()
            t.column("csrfSecret", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("expiresAt", .datetime).notNull()
        }
        try db.create(table: "calendarToken") { t in
            t.primaryKey("tokenHash", .text)
            t.belongsTo("delegation", onDelete: .cascade).notNull()
            t.column("memberID", .text)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "webSecret") { t in
            t.primaryKey("name", .text)
            t.column("value", .text).notNull()
        }
    }
}
