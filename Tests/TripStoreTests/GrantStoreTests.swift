import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// Grants of delegations to organiser and viewer accounts (issue 11, who sees what): the
/// migration, the cascades, the refusals and the session that carries them.
@Suite struct GrantStoreTests {
    /// An in-memory database with the Kyushu and USA seeds, their files in `folder`.
    static func twoDelegations(_ folder: URL) throws -> TripDatabase {
        let db = try TripDatabase.inMemory()
        let importer = PlanImporter(location: DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path))
        _ = try importer.importFile(at: seed("kyushu-2025.yaml"), into: db)
        _ = try importer.importFile(at: seed("usa-2026.yaml"), into: db)
        return db
    }

    @Test("the upgrade grants existing organisers and viewers every existing delegation, members and sessions untouched")
    func migrationGrantsExistingAccounts() async throws {
        try await withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("v9.sqlite").path
            let queue = try DatabaseQueue(path: path)
            try TripDatabase.migrator.migrate(queue, upTo: "v9-speed-list-order")
            try await queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO delegation (id, title, category, agency, homeId, startDate, endDate, countries, keywords, status, updatedAt)
                          VALUES ('a', '甲案', 'study', '臺中市政府', 'TPE', '2025-09-01', '2025-09-03', '[]', '[]', 'planning', '2025-08-01 00:00:00'),
                                 ('b', '乙案', 'study', '臺中市政府', 'TPE', '2025-10-01', '2025-10-03', '[]', '[]', 'planning', '2025-08-01 00:00:00');
                        INSERT INTO user (id, name, role, createdAt) VALUES (1, '承辦', 'organiser', '2025-08-01 00:00:00'),
                          (2, '長官', 'viewer', '2025-08-01 00:00:00'), (3, '葉珀如', 'member', '2025-08-01 00:00:00');
                        INSERT INTO session (tokenHash, userId, csrfSecret, createdAt, expiresAt)
                          VALUES ('\(SecretToken.digest("tok"))', 2, 'x', '2025-08-01 00:00:00', '2099-01-01 00:00:00');
                        """
                )
            }
            try queue.close()
            let db = try TripDatabase.open(path: path)
            #expect(try db.appliedMigrations().last == "v10-grants")
            let users = try await db.usersWithGrants()
            #expect(users.first { $0.name == "承辦" }?.grants == ["a": .organiser, "b": .organiser])
            #expect(users.first { $0.name == "長官" }?.grants == ["a": .viewer, "b": .viewer])
            #expect(users.first { $0.name == "葉珀如" }?.grants == [:])
            let session = try await db.session(token: "tok", now: Date(timeIntervalSince1970: 1_756_690_200))
            #expect(session?.user.grants == ["a": .viewer, "b": .viewer])
        }
    }

    @Test("the upgrade does not give a removed account's id to the next new account")
    func migrationKeepsRemovedUserIdsUnused() async throws {
        try await withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("v9.sqlite").path
            let queue = try DatabaseQueue(path: path)
            try TripDatabase.migrator.migrate(queue, upTo: "v9-speed-list-order")
            try await queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO user (id, name, role, createdAt) VALUES (1, '承辦', 'organiser', '2025-08-01 00:00:00'),
                          (2, '長官', 'viewer', '2025-08-01 00:00:00'), (3, '離職者', 'organiser', '2025-08-01 00:00:00');
                        DELETE FROM user WHERE id = 3;
                        """
                )
            }
            try queue.close()
            let db = try TripDatabase.open(path: path)
            try await db.write { db in
                try db.execute(sql: "INSERT INTO user (name, role, createdAt) VALUES ('新人', 'viewer', '2025-09-01 00:00:00')")
            }
            let id = try await db.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = '新人'") }
            #expect(id == 4)
        }
    }

    @Test("the session carries the user's grants, and a revoked grant is gone from the next lookup")
    func sessionCarriesGrants() async throws {
        try await withTemporaryFolder { folder in
            let db = try Self.twoDelegations(folder)
            let now = Date(timeIntervalSince1970: 1_756_690_200)
            let (_, code) = try await db.addUserWithSignInCode(name: "承辦", role: .organiser, now: now)
            try await db.grantAccess(userName: "承辦", delegation: "kyushu-2025", role: .organiser)
            try await db.grantAccess(userName: "承辦", delegation: "usa-2026", role: .viewer)
            let signedIn = try #require(try await db.signIn(code: code, now: now))
            #expect(try await db.session(token: signedIn.token, now: now)?.user.grants == ["kyushu-2025": .organiser, "usa-2026": .viewer])
            try await db.revokeAccess(userName: "承辦", delegation: "usa-2026")
            #expect(try await db.session(token: signedIn.token, now: now)?.user.grants == ["kyushu-2025": .organiser])
        }
    }

    @Test("removing an account removes its grants")
    func removingUserRemovesGrants() async throws {
        try await withTemporaryFolder { folder in
            let db = try Self.twoDelegations(folder)
            _ = try await db.addUserWithSignInCode(name: "長官", role: .viewer)
            try await db.grantAccess(userName: "長官", delegation: "kyushu-2025", role: .viewer)
            #expect(try await db.grants(delegation: "kyushu-2025").map(\.user.name) == ["長官"])
            try await db.removeUser(name: "長官")
            #expect(try await db.grants(delegation: "kyushu-2025").isEmpty)
            let rows = try await db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accessGrant") }
            #expect(rows == 0)
        }
    }

    @Test("deleting a delegation removes its grants")
    func deletingDelegationRemovesGrants() async throws {
        try await withTemporaryFolder { folder in
            let db = try Self.twoDelegations(folder)
            // The store has no delegation delete yet: a bare row stands for any future one.
            try await db.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO delegation (id, title, category, agency, homeId, startDate, endDate, countries, keywords, status, updatedAt)
                          VALUES ('bare', '空案', 'study', '臺中市政府', 'TPE', '2025-09-01', '2025-09-03', '[]', '[]', 'planning', '2025-08-01 00:00:00')
                        """
                )
            }
            _ = try await db.addUserWithSignInCode(name: "長官", role: .viewer)
            try await db.grantAccess(userName: "長官", delegation: "bare", role: .viewer)
            try await db.grantAccess(userName: "長官", delegation: "usa-2026", role: .viewer)
            try await db.write { db in try db.execute(sql: "DELETE FROM delegation WHERE id = 'bare'") }
            #expect(try await db.usersWithGrants().first?.grants == ["usa-2026": .viewer])
        }
    }

    @Test("a grant to a member or administrator account is refused with why; unknown names get the nearest")
    func grantRefusals() async throws {
        try await withTemporaryFolder { folder in
            let db = try Self.twoDelegations(folder)
            _ = try await db.addUserWithSignInCode(name: "葉珀如", role: .member)
            _ = try await db.addUserWithSignInCode(name: "管理", role: .administrator)
            await #expect(throws: StoreError.grantRefused(user: "葉珀如", accountRole: .member)) {
                try await db.grantAccess(userName: "葉珀如", delegation: "kyushu-2025", role: .viewer)
            }
            await #expect(throws: StoreError.grantRefused(user: "管理", accountRole: .administrator)) {
                try await db.grantAccess(userName: "管理", delegation: "kyushu-2025", role: .viewer)
            }
            do {
                try await db.grantAccess(userName: "葉珀", delegation: "kyushu-2025", role: .viewer)
                Issue.record("an unknown account was granted")
            } catch let StoreError.noSuchUser(name, suggestions) {
                #expect(name == "葉珀" && suggestions.first == "葉珀如")
            }
            do {
                try await db.revokeAccess(userName: "葉珀如", delegation: "kyushu-2024")
                Issue.record("an unknown delegation was accepted")
            } catch let StoreError.noSuchDelegation(id, suggestions) {
                #expect(id == "kyushu-2024" && suggestions.contains("kyushu-2025"))
            }
        }
    }

    @Test("an account made member loses its grants")
    func roleChangeToMemberDropsGrants() async throws {
        try await withTemporaryFolder { folder in
            let db = try Self.twoDelegations(folder)
            _ = try await db.addUserWithSignInCode(name: "長官", role: .viewer)
            try await db.grantAccess(userName: "長官", delegation: "usa-2026", role: .viewer)
            _ = try await db.addUserWithSignInCode(name: "長官", role: .member)
            #expect(try await db.grants(delegation: "usa-2026").isEmpty)
        }
    }

    @Test("an organiser's import creates and grants a new delegation, and may not write over one not granted")
    func importGrantsCreator() async throws {
        try await withTemporaryFolder { folder in
            let db = try TripDatabase.inMemory()
            let (user, _) = try await db.addUserWithSignInCode(name: "承辦", role: .organiser)
            let importer = PlanImporter(location: DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path))
            let plan = try importer.reader.read(fileAt: seed("kyushu-2025.yaml"))
            _ = try await importer.importPlan(plan, into: db)
            await #expect(throws: StoreError.noSuchDelegation("kyushu-2025", suggestions: [])) {
                _ = try await importer.importPlan(plan, into: db, organiser: user.id)
            }
            let usa = try importer.reader.read(fileAt: seed("usa-2026.yaml"))
            _ = try await importer.importPlan(usa, into: db, organiser: user.id)
            #expect(try await db.grants(delegation: "usa-2026").map(\.role) == [.organiser])
            _ = try await importer.importPlan(usa, into: db, organiser: user.id)
        }
    }
}
