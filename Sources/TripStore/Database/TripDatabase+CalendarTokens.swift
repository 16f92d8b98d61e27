import Foundation
import GRDB

extension TripDatabase {
    /// Makes a secret calendar-feed token for a delegation (and one member, or everyone when nil);
    /// only its digest is stored, so the caller shows the token once.
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

    /// Revokes every feed token of a delegation's member (nil: the whole-delegation feeds).
    public func revokeCalendarTokens(delegation: String, member: String?) throws {
        try write(revokeCalendarTokensBody(delegation: delegation, member: member))
    }

    /// `revokeCalendarTokens` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func revokeCalendarTokens(delegation: String, member: String?) async throws {
        try await write(revokeCalendarTokensBody(delegation: delegation, member: member))
    }

    /// The transaction of `revokeCalendarTokens`.
    private func revokeCalendarTokensBody(delegation: String, member: String?) -> @Sendable (Database) throws -> Void {
        { db in
            _ = try CalendarTokenRecord.all().filter(delegation: delegation).filter { $0.memberId == member }.deleteAll(db)
        }
    }
}
