import Foundation
import GRDB

extension TripDatabase {
    /// Creates a user (or changes an existing one's role) and returns a new one-time sign-in
    /// code, valid for `validFor` seconds. Only the code's digest is stored.
    public func addUserWithSignInCode(name: String, role: WebRole, now: Date = Date(),
                                      validFor: TimeInterval = 7 * 24 * 3600) throws -> (user: WebUser, code: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptyUserName }
        let code = SecretToken.signInCode()
        return (try write(addUserBody(name: trimmed, role: role, code: code, now: now, validFor: validFor)), code)
    }

    /// `addUserWithSignInCode` for async callers: GRDB's async write.
    public func addUserWithSignInCode(name: String, role: WebRole, now: Date = Date(),
                                      validFor: TimeInterval = 7 * 24 * 3600) async throws -> (user: WebUser, code: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptyUserName }
        let code = SecretToken.signInCode()
        return (try await write(addUserBody(name: trimmed, role: role, code: code, now: now, validFor: validFor)), code)
    }

    /// The transaction of `addUserWithSignInCode`: the user and their code together, so a user
    /// is never left without the code that was printed for them.
    private func addUserBody(name trimmed: String, role: WebRole, code: String, now: Date,
                             validFor: TimeInterval) -> @Sendable (Database) throws -> WebUser {
        { db in
            let user: WebUser
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [trimmed]) {
                try db.execute(sql: "UPDATE user SET role = ? WHERE id = ?", arguments: [role.rawValue, id])
                user = WebUser(id: id, name: trimmed, role: role)
            } else {
                try db.execute(sql: "INSERT INTO user (name, role, createdAt) VALUES (?, ?, ?)", arguments: [trimmed, role.rawValue, now])
                user = WebUser(id: db.lastInsertedRowID, name: trimmed, role: role)
            }
            try db.execute(sql: "INSERT INTO signInCode (codeHash, userId, expiresAt) VALUES (?, ?, ?)",
                           arguments: [SecretToken.digest(SecretToken.normalisedCode(code)), user.id, now.addingTimeInterval(validFor)])
            return user
        }
    }

    /// Every user, by name.
    public func users() throws -> [WebUser] {
        try read(usersBody())
    }

    /// `users` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func users() async throws -> [WebUser] {
        try await read(usersBody())
    }

    /// The read of `users`.
    private func usersBody() -> @Sendable (Database) throws -> [WebUser] {
        { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role FROM user ORDER BY name").compactMap(TripDatabase.user(from:))
        }
    }

    /// Spends a one-time code: when it is known, unused and unexpired, marks it used and opens a
    /// session; returns the session token (only its digest is stored) and the session, or nil.
    public func signIn(code: String, now: Date = Date(), sessionLength: TimeInterval = 30 * 24 * 3600) throws -> (token: String, session: WebSession)? {
        try write(signInBody(code: code, now: now, sessionLength: sessionLength))
    }

    /// `signIn` for async callers: GRDB's async write.
    public func signIn(code: String, now: Date = Date(), sessionLength: TimeInterval = 30 * 24 * 3600) async throws -> (token: String, session: WebSession)? {
        try await write(signInBody(code: code, now: now, sessionLength: sessionLength))
    }

    /// The transaction of `signIn`.
    private func signInBody(code: String, now: Date, sessionLength: TimeInterval) -> @Sendable (Database) throws -> (token: String, session: WebSession)? {
        let codeHash = SecretToken.digest(SecretToken.normalisedCode(code))
        let token = SecretToken.random(), csrf = SecretToken.random()
        return { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT u.id, u.name, u.role FROM signInCode c JOIN user u ON u.id = c.userId
                WHERE c.codeHash = ? AND c.usedAt IS NULL AND c.expiresAt > ?
                """, arguments: [codeHash, now]), let user = TripDatabase.user(from: row) else { return nil }
            try db.execute(sql: "UPDATE signInCode SET usedAt = ? WHERE codeHash = ?", arguments: [now, codeHash])
            let expires = now.addingTimeInterval(sessionLength)
            try db.execute(sql: "INSERT INTO session (tokenHash, userId, csrfSecret, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [SecretToken.digest(token), user.id, csrf, now, expires])
            return (token, WebSession(user: user, csrfSecret: csrf, expiresAt: expires))
        }
    }

    /// The live session a cookie token belongs to, or nil.
    public func session(token: String, now: Date = Date()) throws -> WebSession? {
        try read(sessionBody(token: token, now: now))
    }

    /// `session` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func session(token: String, now: Date = Date()) async throws -> WebSession? {
        try await read(sessionBody(token: token, now: now))
    }

    /// The read of `session`.
    private func sessionBody(token: String, now: Date) -> @Sendable (Database) throws -> WebSession? {
        { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT u.id, u.name, u.role, s.csrfSecret, s.expiresAt FROM session s JOIN user u ON u.id = s.userId
                WHERE s.tokenHash = ? AND s.expiresAt > ?
                """, arguments: [SecretToken.digest(token), now]), let user = TripDatabase.user(from: row) else { return nil }
            return WebSession(user: user, csrfSecret: row["csrfSecret"], expiresAt: row["expiresAt"])
        }
    }

    /// Ends a session (signing out).
    public func endSession(token: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [SecretToken.digest(token)]) }
    }

    /// `endSession` for async callers: GRDB's async write.
    public func endSession(token: String) async throws {
        try await write { db in try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [SecretToken.digest(token)]) }
    }

    /// A named server secret (e.g. the key for local-mode CSRF tokens), created on first use.
    public func webSecret(named name: String) throws -> String {
        try write(webSecretBody(named: name))
    }

    /// `webSecret` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func webSecret(named name: String) async throws -> String {
        try await write(webSecretBody(named: name))
    }

    /// The transaction of `webSecret`.
    private func webSecretBody(named name: String) -> @Sendable (Database) throws -> String {
        { db in
            if let value = try String.fetchOne(db, sql: "SELECT value FROM webSecret WHERE name = ?", arguments: [name]) { return value }
            let value = SecretToken.random()
            try db.execute(sql: "INSERT INTO webSecret (name, value) VALUES (?, ?)", arguments: [name, value])
            return value
        }
    }

    static func user(from row: Row) -> WebUser? {
        guard let role = WebRole(rawValue: row["role"]) else { return nil }
        return WebUser(id: row["id"], name: row["name"], role: role)
    }
}
