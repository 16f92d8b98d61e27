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
            try db.execute(sql: "INSERT INTO calendarToken (tokenHash, delegationId, memberID, createdAt) VALUES (?, ?, ?, ?)",
                           arguments: [SecretToken.digest(token), delegation, member, now])
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
            guard let row = try Row.fetchOne(db, sql: "SELECT delegationId, memberID FROM calendarToken WHERE tokenHash = ?",
                                             arguments: [SecretToken.digest(token)]) else { return nil }
            return (row["delegationId"], row["memberID"])
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
            try db.execute(sql: "DELETE FROM calendarToken WHERE delegationId = ? AND memberID IS ?", arguments: [delegation, member])
        }
    }
}
