import Foundation
import GRDB

extension TripDatabase {
    /// Makes a secret calendar-feed token for a delegation (and one member, or everyone when nil);
    /// only its digest is stored, so the caller shows the token once.
    public func addCalendarToken(delegation: String, member: String?, now: Date = Date()) throws -> String {
        let token = SecretToken.random(bytes: 24)
        try write { db in
            try db.execute(sql: "INSERT INTO calendarToken (tokenHash, delegationId, memberID, createdAt) VALUES (?, ?, ?, ?)",
                           arguments: [SecretToken.digest(token), delegation, member, now])
        }
        return token
    }

    /// The delegation and member a feed token opens, or nil for an unknown token.
    public func calendarFeed(token: String) throws -> (delegation: String, member: String?)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT delegationId, memberID FROM calendarToken WHERE tokenHash = ?",
                                             arguments: [SecretToken.digest(token)]) else { return nil }
            return (row["delegationId"], row["memberID"])
        }
    }

    /// Revokes every feed token of a delegation's member (nil: the whole-delegation feeds).
    public func revokeCalendarTokens(delegation: String, member: String?) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM calendarToken WHERE delegationId = ? AND memberID IS ?", arguments: [delegation, member])
        }
    }
}
