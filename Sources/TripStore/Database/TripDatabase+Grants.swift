import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Grants an organiser or viewer account a delegation in a role (organiser or viewer; nil:
    /// the account's own), or
    /// changes the role of its grant, in one transaction that reads the account and the
    /// delegation. Throws `noSuchUser` and `noSuchDelegation` (with the nearest names), and
    /// `grantRefused` for an administrator or member account or a role a grant cannot give.
    @discardableResult
    public func grantAccess(userName: String, delegation: String, role asked: WebRole?, now: Date = Date()) async throws -> AccessGrant {
        try await write { db in
            let user = try Self.existingUser(db, name: userName).1
            try self.requireDelegation(db, delegation)
            guard user.role.isGranted else { throw StoreError.grantRefused(user: user.name, accountRole: user.role) }
            let role = asked ?? user.role
            guard role.isGranted else { throw StoreError.grantRefused(user: user.name, accountRole: role) }
            let before = try GrantRecord.fetchOne(db, key: ["userId": user.id, "delegationId": delegation])
            try GrantRecord(userId: user.id, delegationId: delegation, role: role, grantedAt: before?.grantedAt ?? now).upsert(db)
            return AccessGrant(user: user, delegation: delegation, role: role, previousRole: before?.role)
        }
    }

    /// Takes an account's access to a delegation away (its next request no longer sees it);
    /// returns the grant removed, or nil when the account had none. Throws `noSuchUser` and
    /// `noSuchDelegation`, with the nearest names.
    @discardableResult
    public func revokeAccess(userName: String, delegation: String) async throws -> (user: WebUser, removed: AccessGrant?) {
        try await write { db in
            let user = try Self.existingUser(db, name: userName).1
            try self.requireDelegation(db, delegation)
            guard let before = try GrantRecord.fetchOne(db, key: ["userId": user.id, "delegationId": delegation]) else { return (user, nil) }
            _ = try before.delete(db)
            return (user, AccessGrant(user: user, delegation: delegation, role: before.role))
        }
    }

    /// The grants of one delegation (account and role), by account name. Throws `noSuchDelegation`.
    public func grants(delegation: String) async throws -> [AccessGrant] {
        try await read { db in
            try self.requireDelegation(db, delegation)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT u.id, u.name, u.role, g.role AS grantRole FROM accessGrant g JOIN user u ON u.id = g.userId
                    WHERE g.delegationId = ? ORDER BY u.name
                    """,
                arguments: [delegation]
            )
            return try rows.map { row in
                AccessGrant(
                    user: WebUser(id: row["id"], name: row["name"], role: try Self.storedRole(row["role"], column: "role")),
                    delegation: delegation,
                    role: try Self.storedRole(row["grantRole"], column: "role", table: "accessGrant")
                )
            }
        }
    }

    /// Every account with its grants filled in, by name (`tripwright user list`).
    public func usersWithGrants() async throws -> [WebUser] {
        try await read { db in
            var grants: [Int64: [String: WebRole]] = [:]
            for g in try GrantRecord.fetchAll(db) { grants[g.userId, default: [:]][g.delegationId] = g.role }
            return try UserRecord.all().order(UserRecord.Columns.name).fetchAll(db).compactMap(\.user).map { u in
                var u = u
                u.grants = grants[u.id] ?? [:]
                return u
            }
        }
    }

    /// Grants a new delegation to the organiser account that created it, inside the creating
    /// transaction; an existing delegation may be written over only by an account granted it as
    /// organiser (else `noSuchDelegation` without suggestions, as a delegation they may not see,
    /// or `mayNotEdit` for a viewer's grant).
    /// `userID` nil: an administrator or the command line, who need no grant.
    static func grantCreator(_ db: Database, userID: Int64?, delegation: String, created: Bool, now: Date) throws {
        guard let userID else { return }
        if created {
            try GrantRecord(userId: userID, delegationId: delegation, role: .organiser, grantedAt: now).upsert(db)
        } else {
            let grant = try GrantRecord.fetchOne(db, key: ["userId": userID, "delegationId": delegation])
            guard let grant else { throw StoreError.noSuchDelegation(delegation, suggestions: []) }
            guard grant.role == .organiser else { throw StoreError.mayNotEdit(delegation: delegation) }
        }
    }
}
