import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Removes a web account: the user, their sessions, their sign-in codes and the calendar feed
    /// links of the members they are, in one transaction, so a browser signed in as them is signed
    /// out on its next request. Throws `noSuchUser`.
    @discardableResult
    public func removeUser(name: String) throws -> WebUser {
        try write(removeUserBody(name: name))
    }

    /// `removeUser` for async callers: GRDB's async write.
    @discardableResult
    public func removeUser(name: String) async throws -> WebUser {
        try await write(removeUserBody(name: name))
    }

    /// The transaction of `removeUser`.
    private func removeUserBody(name: String) -> @Sendable (Database) throws -> WebUser {
        { db in
            let (record, user) = try Self.existingUser(db, name: name)
            try Self.endSessionsAndCodes(db, userId: user.id, name: user.name)
            _ = try record.delete(db)
            return user
        }
    }

    /// Starts an account over: ends every session of the user, voids their unused sign-in codes and
    /// stops the feed links of the members they are, and returns a new one-time code valid for `validFor` seconds (only its digest is stored),
    /// in one transaction. For a lost phone or a code sent to the wrong person. Throws `noSuchUser`.
    public func resetUser(name: String, now: Date = Date(), validFor: TimeInterval = 7 * 24 * 3600) throws -> (user: WebUser, code: String) {
        let code = SecretToken.signInCode()
        return (try write(resetUserBody(name: name, code: code, now: now, validFor: validFor)), code)
    }

    /// `resetUser` for async callers: GRDB's async write.
    public func resetUser(name: String, now: Date = Date(), validFor: TimeInterval = 7 * 24 * 3600) async throws -> (user: WebUser, code: String) {
        let code = SecretToken.signInCode()
        return (try await write(resetUserBody(name: name, code: code, now: now, validFor: validFor)), code)
    }

    /// The transaction of `resetUser`.
    private func resetUserBody(name: String, code: String, now: Date, validFor: TimeInterval) -> @Sendable (Database) throws -> WebUser {
        { db in
            let (_, user) = try Self.existingUser(db, name: name)
            try Self.endSessionsAndCodes(db, userId: user.id, name: user.name)
            try SignInCodeRecord(
                codeHash: SecretToken.digest(SecretToken.normalisedCode(code)),
                userId: user.id,
                expiresAt: now.addingTimeInterval(validFor),
                usedAt: nil
            ).insert(db)
            return user
        }
    }

    /// The account with a name (trimmed as `addUserWithSignInCode` trims it), or `noSuchUser`
    /// with the nearest names.
    static func existingUser(_ db: Database, name: String) throws -> (UserRecord, WebUser) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let record = try UserRecord.all().filter({ $0.name == trimmed }).fetchOne(db), let user = record.user {
            return (record, user)
        }
        let names = try UserRecord.all().fetchAll(db).map(\.name)
        throw StoreError.noSuchUser(trimmed, suggestions: NearestNames.nearest(to: trimmed, among: names))
    }

    /// Deletes a user's sessions and sign-in codes, and the calendar feed links of the members
    /// they are (by name or member id, on any delegation): a lost phone keeps no subscription.
    private static func endSessionsAndCodes(_ db: Database, userId: Int64, name: String) throws {
        _ = try SessionRecord.all().filter { $0.userId == userId }.deleteAll(db)
        _ = try SignInCodeRecord.all().filter { $0.userId == userId }.deleteAll(db)
        try db.execute(
            sql: """
                DELETE FROM calendarToken WHERE memberId IS NOT NULL AND EXISTS
                  (SELECT 1 FROM member m WHERE m.delegationId = calendarToken.delegationId AND m.id = calendarToken.memberId
                   AND (m.name = ? OR m.id = ?))
                """,
            arguments: [name, name]
        )
    }

    /// The ids of the delegations whose members list has someone with this name or member id:
    /// the delegations a member-role account sees (issue 11, who sees what).
    public func delegationIDs(withMember nameOrID: String) async throws -> Set<String> {
        try await read { db in
            Set(
                try MemberRecord.all()
                    .filter { $0.name == nameOrID || $0.id == nameOrID }
                    .select(MemberRecord.Columns.delegationId, as: String.self)
                    .fetchAll(db)
            )
        }
    }
}
