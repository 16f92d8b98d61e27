import Foundation
import GRDB

extension TripDatabase {
    /// Creates a user (or changes an existing one's role) and returns a new one-time sign-in
    /// code, valid for `validFor` seconds. Only the code's digest is stored.
    public func addUserWithSignInCode(
        name: String,
        role: WebRole,
        now: Date = Date(),
        validFor: TimeInterval = 7 * 24 * 3600
    ) throws -> (user: WebUser, code: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptyUserName }
        let code = SecretToken.signInCode()
        return (try write(addUserBody(name: trimmed, role: role, code: code, now: now, validFor: validFor)).user, code)
    }

    /// `addUserWithSignInCode` for async callers: GRDB's async write.
    public func addUserWithSignInCode(
        name: String,
        role: WebRole,
        now: Date = Date(),
        validFor: TimeInterval = 7 * 24 * 3600
    ) async throws -> (user: WebUser, code: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptyUserName }
        let code = SecretToken.signInCode()
        return (try await write(addUserBody(name: trimmed, role: role, code: code, now: now, validFor: validFor)).user, code)
    }

    /// `addUserWithSignInCode` that also says the role the account had before (nil: a new account),
    /// read in the same transaction, so a front end can say "role changed" rather than "created".
    public func addUserReportingRole(
        name: String,
        role: WebRole,
        now: Date = Date(),
        validFor: TimeInterval = 7 * 24 * 3600
    ) async throws -> (user: WebUser, code: String, previousRole: WebRole?) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptyUserName }
        let code = SecretToken.signInCode()
        let added = try await write(addUserBody(name: trimmed, role: role, code: code, now: now, validFor: validFor))
        return (added.user, code, added.previousRole)
    }

    /// The transaction of `addUserWithSignInCode`: the user and their code together, so a user
    /// is never left without the code that was printed for them.
    private func addUserBody(
        name trimmed: String,
        role: WebRole,
        code: String,
        now: Date,
        validFor: TimeInterval
    ) -> @Sendable (Database) throws -> (user: WebUser, previousRole: WebRole?) {
        { db in
            let existing = try UserRecord.all().filter { $0.name == trimmed }.fetchOne(db)
            var record = existing ?? UserRecord(id: nil, name: trimmed, role: role, createdAt: now)
            record.role = role
            try record.save(db)
            // Grants are for organisers and viewers: an account made administrator or member keeps none.
            if !role.isGranted, let id = record.id { _ = try GrantRecord.all().filter { $0.userId == id }.deleteAll(db) }
            let user = WebUser(id: record.id ?? db.lastInsertedRowID, name: trimmed, role: role)
            try SignInCodeRecord(
                codeHash: SecretToken.digest(SecretToken.normalisedCode(code)),
                userId: user.id,
                expiresAt: now.addingTimeInterval(validFor),
                usedAt: nil
            ).insert(db)
            return (user, existing?.role)
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
            try UserRecord.all().order(UserRecord.Columns.name).fetchAll(db).compactMap(\.user)
        }
    }

    /// Spends a one-time code: when it is known, unused and unexpired, marks it used and opens a
    /// session; returns the session token (only its digest is stored) and the session, or nil.
    public func signIn(code: String, now: Date = Date(), sessionLength: TimeInterval = 30 * 24 * 3600) throws -> (token: String, session: WebSession)?
    {
        try write(signInBody(code: code, now: now, sessionLength: sessionLength))
    }

    /// `signIn` for async callers: GRDB's async write.
    public func signIn(
        code: String,
        now: Date = Date(),
        sessionLength: TimeInterval = 30 * 24 * 3600
    ) async throws -> (token: String, session: WebSession)? {
        try await write(signInBody(code: code, now: now, sessionLength: sessionLength))
    }

    /// The transaction of `signIn`.
    private func signInBody(
        code: String,
        now: Date,
        sessionLength: TimeInterval
    ) -> @Sendable (Database) throws -> (token: String, session: WebSession)? {
        let codeHash = SecretToken.digest(SecretToken.normalisedCode(code))
        let token = SecretToken.random()
        let csrf = SecretToken.random()
        return { db in
            guard var signInCode = try SignInCodeRecord.fetchOne(db, key: codeHash),
                signInCode.usedAt == nil, signInCode.expiresAt > now,
                let user = try UserRecord.fetchOne(db, key: signInCode.userId)?.user
            else { return nil }
            signInCode.usedAt = now
            try signInCode.update(db)
            let expires = now.addingTimeInterval(sessionLength)
            try SessionRecord(tokenHash: SecretToken.digest(token), userId: user.id, csrfSecret: csrf, createdAt: now, expiresAt: expires)
                .insert(db)
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

    /// The read of `session`: the session, its user and the user's grants in one query (a row
    /// per grant), so every request knows which delegations the user may see without another read.
    private func sessionBody(token: String, now: Date) -> @Sendable (Database) throws -> WebSession? {
        let tokenHash = SecretToken.digest(token)
        return { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.csrfSecret, s.expiresAt, u.id, u.name, u.role, g.delegationId, g.role AS grantRole
                    FROM session s JOIN user u ON u.id = s.userId LEFT JOIN accessGrant g ON g.userId = u.id
                    WHERE s.tokenHash = ?
                    """,
                arguments: [tokenHash]
            )
            guard let first = rows.first, let expiresAt = first["expiresAt"] as Date?, expiresAt > now else { return nil }
            let role = try Self.storedRole(first["role"], column: "role")
            var grants: [String: WebRole] = [:]
            for row in rows {
                guard let delegation = row["delegationId"] as String? else { continue }
                grants[delegation] = try Self.storedRole(row["grantRole"], column: "role")
            }
            let user = WebUser(id: first["id"], name: first["name"], role: role, grants: role.isGranted ? grants : [:])
            return WebSession(user: user, csrfSecret: first["csrfSecret"], expiresAt: expiresAt)
        }
    }

    /// A stored role, refusing a value this version does not know (`unknownCode`).
    static func storedRole(_ text: String, column: String, table: String = "user") throws -> WebRole {
        guard let role = WebRole(rawValue: text) else {
            throw StoreError.unknownCode(table: table, column: column, value: text, known: WebRole.allCases.map(\.rawValue))
        }
        return role
    }

    /// Ends a session (signing out).
    public func endSession(token: String) throws {
        try write(endSessionBody(token: token))
    }

    /// `endSession` for async callers: GRDB's async write.
    public func endSession(token: String) async throws {
        try await write(endSessionBody(token: token))
    }

    /// The transaction of `endSession`.
    private func endSessionBody(token: String) -> @Sendable (Database) throws -> Void {
        { db in _ = try SessionRecord.deleteOne(db, key: SecretToken.digest(token)) }
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
            if let secret = try WebSecretRecord.fetchOne(db, key: name) { return secret.value }
            let secret = WebSecretRecord(name: name, value: SecretToken.random())
            try secret.insert(db)
            return secret.value
        }
    }
}

extension UserRecord {
    /// The user as the web app knows them (nil only for a row not yet inserted).
    var user: WebUser? { id.map { WebUser(id: $0, name: name, role: role) } }
}
