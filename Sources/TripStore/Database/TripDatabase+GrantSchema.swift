import GRDB

extension TripDatabase {
    /// Migration "v10-grants" (issue 11, who sees what): the administrator role, and grants of
    /// delegations to organiser and viewer accounts. The `user` table is made again with the new
    /// role allowed by its check (SQLite cannot change a check in place; the migrator runs with
    /// foreign keys off, so sessions and codes keep their rows). Grants go with their user and
    /// with their delegation (foreign keys, ON DELETE CASCADE). So that nobody loses access at the
    /// upgrade, every existing organiser and viewer is granted every existing delegation in the
    /// role they have. The ids of accounts removed before the upgrade are not given out again (the
    /// table's AUTOINCREMENT counter is carried over), so no new account takes an old one's id.
    static func migrateGrants(_ db: Database) throws {
        try db.create(table: "userWithAdministrator") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().check { length($0) > 0 }
            t.column("role", .text).notNull().check { ["administrator", "organiser", "member", "viewer"].contains($0) }
            t.column("createdAt", .datetime).notNull()
        }
        try db.execute(sql: "INSERT INTO userWithAdministrator (id, name, role, createdAt) SELECT id, name, role, createdAt FROM user")
        let lastId = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'user'")
        try db.drop(table: "user")
        try db.rename(table: "userWithAdministrator", to: "user")
        if let lastId {
            // The copy's counter is the highest id still present; the old one may be higher.
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'user'", arguments: [lastId])
            try db.execute(
                sql: "INSERT INTO sqlite_sequence (name, seq) SELECT 'user', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'user')",
                arguments: [lastId]
            )
        }
        try db.create(table: "accessGrant") { t in
            // The primary key (userId first) serves the session's lookup; no index of its own.
            t.belongsTo("user", onDelete: .cascade, indexed: false).notNull()
            t.belongsTo("delegation", onDelete: .cascade).notNull()
            t.column("role", .text).notNull().check { ["organiser", "viewer"].contains($0) }
            t.column("grantedAt", .datetime).notNull()
            t.primaryKey(["userId", "delegationId"])
        }
        try db.execute(
            sql: """
                INSERT INTO accessGrant (userId, delegationId, role, grantedAt)
                SELECT u.id, d.id, u.role, CURRENT_TIMESTAMP FROM user u, delegation d WHERE u.role IN ('organiser', 'viewer')
                """
        )
    }
}
