import Foundation
import GRDB

extension TripDatabase {
    /// Makes a secret calendar-feed token for a delegation (and one member, or everyone when nil);
    /// only its digest is stored, so the caller shows the token once. The new link replaces the
    /// earlier ones of the same feed, in the same transaction: an address made before stops working
    /// (issue 11: a link shared by mistake is stopped by making a new one).
    public func addCalendarToken(delegation: String, member: String?, now: Date = Date()) throws -> String {
        let token = SecretToken.random(bytes: 24)
        try write(addCalendarTokenBody(token: token, delegation: delegation, member: member, now: now))
        return token
    }

    /// `addCalendarToken` for async callers: GRDB's async write.
    public func addCalendarToken(delegation: String, member: String?, now: Date = Date()) async throws -> String {
        let token = SecretToken.random(bytes: 24)
        try await write(addCalendarTokenBody(token: token, delegation: delegation, member: member, now: now))
        return token
    }

    /// The transaction of `addCalendarToken`.
    private func addCalendarTokenBody(token: String, delegation: String, member: String?, now: Date) -> @Sendable (Database) throws -> Void {
        { db in
            _ = try CalendarTokenRecord.all().filter(delegation: delegation).filter { $0.memberId == member }.deleteAll(db)
            try CalendarTokenRecord(tokenHash: SecretToken.digest(token), delegationId: delegation, memberId: member, createdAt: now)
                .insert(db)
        }
    }

    /// The delegation and member a feed token opens, or nil for an unknown token.
    public func calendarFeed(token: String) throws -> (delegation: String, member: String?)? {
        try read(calendarFeedBody(token: token))
    }

    /// `calendarFeed` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func calendarFeed(token: String) async throws -> (delegation: String, member: String?)? {
        try await read(calendarFeedBody(token: token))
    }

    /// The read of `calendarFeed`.
    private func calendarFeedBody(token: String) -> @Sendable (Database) throws -> (delegation: String, member: String?)? {
        { db in
            try CalendarTokenRecord.fetchOne(db, key: SecretToken.digest(token)).map { ($0.delegationId, $0.memberId) }
        }
    }

    /// Stops every feed link of a delegation's member (nil: the whole-delegation feeds); returns
    /// how many links stopped working.
    @discardableResult
    public func revokeCalendarTokens(delegation: String, member: String?) throws -> Int {
        try write(revokeCalendarTokensBody(delegation: delegation, member: member))
    }

    /// `revokeCalendarTokens` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    public func revokeCalendarTokens(delegation: String, member: String?) async throws -> Int {
        try await write(revokeCalendarTokensBody(delegation: delegation, member: member))
    }

    /// Stops every feed link of a delegation: each member's and the everyone feed's; returns how
    /// many stopped (after a leak, one command that leaves nothing working).
    @discardableResult
    public func revokeAllCalendarTokens(delegation: String) async throws -> Int {
        try await write { db in try CalendarTokenRecord.all().filter(delegation: delegation).deleteAll(db) }
    }

    /// The transaction of `revokeCalendarTokens`.
    private func revokeCalendarTokensBody(delegation: String, member: String?) -> @Sendable (Database) throws -> Int {
        { db in
            try CalendarTokenRecord.all().filter(delegation: delegation).filter { $0.memberId == member }.deleteAll(db)
        }
    }
}
