import GRDB

extension TripDatabase {
    /// Migration "v7-feed-links-follow-members": a member's calendar feed links go when the member
    /// leaves the delegation, whichever write removes them (the members form, `RemoveMember`, a
    /// re-import without them): a trigger, so no delete path can forget it (issue 11: a removed
    /// member's subscription kept the whole schedule). Links of members already gone are removed.
    static func migrateFeedLinks(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM calendarToken WHERE memberId IS NOT NULL AND NOT EXISTS
                  (SELECT 1 FROM member m WHERE m.delegationId = calendarToken.delegationId AND m.id = calendarToken.memberId)
                """
        )
        try db.execute(
            sql: """
                CREATE TRIGGER calendarToken_followsMember AFTER DELETE ON member
                BEGIN
                  DELETE FROM calendarToken WHERE delegationId = OLD.delegationId AND memberId = OLD.id;
                END
                """
        )
    }
}
