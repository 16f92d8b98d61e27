import Foundation
import Hummingbird
import HummingbirdTesting
import TripModel
import TripStore

@testable import TripWeb

/// An app over an in-memory database with the Kyushu seed, its files and its report photo cache
/// in a temporary folder (removed after `run`), never the user's.
struct WebHarness: Sendable {
    let database: TripDatabase
    let config: WebConfig
    let folder: URL

    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// 2025-09-01 10:30 in Fukuoka.
    static let fukuokaMorning = Date(timeIntervalSince1970: 1_756_690_200)

    /// `onDisk`: a database file (several connections, shared with `tripwright` processes)
    /// instead of one in memory.
    /// `example`: the server offers the bundled Kyushu example, as `tripwright serve` does.
    static func make(
        auth: Bool = false,
        seed: Bool = true,
        maxUploadBytes: Int = 40 * 1024 * 1024,
        onDisk: Bool = false,
        example: Bool = false
    ) throws -> WebHarness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tripweb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let location = DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path)
        let database = onDisk ? try location.open(.create) : try TripDatabase.inMemory()
        if seed {
            _ = try PlanImporter(location: location).importFile(at: repo.appendingPathComponent("seeds/kyushu-2025.yaml"), into: database)
        }
        let config = WebConfig(
            host: "127.0.0.1",
            port: 0,
            location: location,
            authRequired: auth,
            now: { fukuokaMorning },
            resources: repo.appendingPathComponent("Sources/TripWeb/Resources"),
            maxUploadBytes: maxUploadBytes,
            throttleUnit: 0,
            exampleSeed: example ? repo.appendingPathComponent("seeds/kyushu-2025.yaml") : nil,
            photoCache: folder.appendingPathComponent("cache")
        )
        return WebHarness(database: database, config: config, folder: folder)
    }

    /// Runs requests against the router (no socket), then removes the temporary folder.
    func run(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try await buildApplication(config, database: database)
        try await app.test(.router) { client in try await body(client) }
    }

    /// Signs a user in with a fresh code and returns a browser holding the session cookie. An
    /// organiser or viewer is first granted, in its role, the delegations `grants` names (nil:
    /// every delegation stored now, as the upgrade grants existing accounts).
    func signedIn(_ name: String, role: WebRole, grants: [String]? = nil, client: any TestClientProtocol) async throws -> Browser {
        let (_, code) = try await database.addUserWithSignInCode(name: name, role: role, now: config.now())
        if role.isGranted {
            var trips = grants ?? []
            if grants == nil { trips = try await database.delegations().map(\.id) }
            for trip in trips { try await database.grantAccess(userName: name, delegation: trip, role: role) }
        }
        var browser = Browser()
        let page = try await browser.get("/signin", client)
        let form = browser.formBody(["code": code, "next": "/"], csrfFrom: page)
        let response = try await browser.post("/signin", form: form, client)
        precondition(response.status == .seeOther, "sign-in failed: \(response.status)")
        return browser
    }
}
