import Foundation
import GRDB

extension TripDatabase {
    /// Makes a secret calendar-feed token for a delegation (and one member, or everyone when nil);
    /// only its digest is stored, so the caller shows the token once.
    public func addCalendarToken(delegation: String, member: String?, now: Date = Date()) throws -> String {
        let token = SecretToken.random(bytes: 24)
        try write { db in
            try CalendarTokenRecord(tokenHash: SecretToken.digest(token), delegationId: delegation, memberId: member, createdAt: now)
                .insert(db)
        }
        return token
    }

    /// The delegation and member a feed token opens, or nil for an unknown token.
    public func calendarFeed(token: String) throws -> (delegation: String, member: String?)? {
        try read { db in
            try CalendarTokenRecord.fetchOne(db, key: SecretToken.digest(token)).map { ($0.delegationId, $0.memberId) }
        }
    }

    /// Revokes every feed token of a delegation's member (nil: the whole-delegation feeds).
    public func revokeCalendarTokens(delegation: String, member: String?) throws {
        try write { db in
            _ = try CalendarTokenRecord.all().filter(delegation: delegation).filter { $0.memberId == member }.deleteAll(db)
        }
    }
}
