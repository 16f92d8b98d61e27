import GRDB

extension TripDatabase {
    /// Migration "v9-speed-list-order": an index in the order the delegations are listed
    /// (newest start first, then id), so a page of the list is read from its start instead of
    /// sorting every delegation on each request (issue 14 §2: 60,000 delegations).
    static func migrateListOrder(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX delegationListOrder ON delegation(startDate DESC, id)")
    }
}
