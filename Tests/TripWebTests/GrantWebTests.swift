import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// Grants per delegation (issue 11, who sees what): organisers and viewers see only the
/// delegations granted to them, an administrator sees every one and grants, a revoked grant
/// answers 404 from the next request.
@Suite struct GrantWebTests {
    /// Every route of a delegation a grant decides (pages, report download, plan export,
    /// calendar, follow-ups, place search as JSON), and a photo when one is given.
    static func routes(of trip: String, photo: Int64? = nil) -> [String] {
        [
            "/d/\(trip)", "/d/\(trip)/schedule", "/d/\(trip)/today", "/d/\(trip)/press", "/d/\(trip)/report",
            "/d/\(trip)/report/trip/md", "/d/\(trip)/plan.yaml", "/d/\(trip)/calendar", "/d/\(trip)/followups",
            "/d/\(trip)/history", "/places?q=MIT&trip=\(trip)",
        ] + (photo.map { ["/d/\(trip)/photo/\($0)"] } ?? [])
    }

    /// The two-delegation harness with a photo stored on the USA delegation's MIT visit (by an
    /// administrator); returns the photo's id.
    static func photoOnUSA(_ harness: WebHarness, _ client: any TestClientProtocol) async throws -> Int64 {
        var admin = try await harness.signedIn("管理者", role: .administrator, client: client)
        let page = try await admin.get("/d/usa-2026/e/mit", client)
        _ = try await admin.postMultipart(
            "/d/usa-2026/e/mit/photos",
            fields: ["csrf": Browser.csrf(in: page)],
            files: [("photos", "x.jpg", SamplePhotos.jpeg())],
            client
        )
        let photo = try await harness.database.delegation("usa-2026").events.first { $0.id == "mit" }?.photos.first { $0.file != nil }?.id
        return try #require(photo)
    }

    @Test(
        "an organiser granted one delegation gets 404 for another's overview, report, plan, calendar and photo",
        arguments: [WebRole.organiser, .viewer]
    )
    func grantedOneGets404ForAnother(role: WebRole) async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            let photo = try await Self.photoOnUSA(harness, client)
            var user = try await harness.signedIn("林承辦", role: role, grants: ["kyushu-2025"], client: client)
            for uri in Self.routes(of: "usa-2026", photo: photo) {
                let response = try await user.get(uri, client)
                #expect(response.status == .notFound, "\(role) \(uri): \(response.status)")
                #expect(!response.text.contains("臺中市市長赴美市政考察交流"), "\(uri) shows the trip's title")
            }
            for uri in Self.routes(of: "kyushu-2025") {
                #expect(try await user.get(uri, client).status == .ok, "\(role) \(uri)")
            }
        }
    }

    @Test("an organiser or viewer lists only the delegations granted; the follow-ups board too")
    func listsOnlyGranted() async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            var viewer = try await harness.signedIn("長官", role: .viewer, grants: ["usa-2026"], client: client)
            let list = try await viewer.get("/", client).text
            #expect(list.contains("/d/usa-2026") && !list.contains("/d/kyushu-2025"))
            let board = try await viewer.get("/followups", client).text
            #expect(!board.contains("/d/kyushu-2025"))
            var none = try await harness.signedIn("新人", role: .organiser, grants: [], client: client)
            let empty = try await none.get("/", client).text
            #expect(!empty.contains("/d/usa-2026") && !empty.contains("/d/kyushu-2025"))
        }
    }

    @Test("an administrator sees both delegations and every route of each")
    func administratorSeesBoth() async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            let photo = try await Self.photoOnUSA(harness, client)
            var admin = try await harness.signedIn("管理者", role: .administrator, client: client)
            let list = try await admin.get("/", client).text
            #expect(list.contains("/d/usa-2026") && list.contains("/d/kyushu-2025"))
            for uri in Self.routes(of: "usa-2026", photo: photo) + Self.routes(of: "kyushu-2025") {
                #expect(try await admin.get(uri, client).status == .ok, "\(uri)")
            }
        }
    }

    @Test("a revoked grant answers 404 from the signed-in browser's next request")
    func revokedGrantStopsAtNextRequest() async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            var organiser = try await harness.signedIn("林承辦", role: .organiser, grants: ["usa-2026"], client: client)
            #expect(try await organiser.get("/d/usa-2026", client).status == .ok)
            try await harness.database.revokeAccess(userName: "林承辦", delegation: "usa-2026")
            #expect(try await organiser.get("/d/usa-2026", client).status == .notFound)
            #expect(try await organiser.get("/d/usa-2026/plan.yaml", client).status == .notFound)
        }
    }

    @Test("a viewer's grant reads but does not edit: the edit form is 403 and hidden")
    func viewerGrantDoesNotEdit() async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            var organiser = try await harness.signedIn("林承辦", role: .organiser, grants: [], client: client)
            try await harness.database.grantAccess(userName: "林承辦", delegation: "usa-2026", role: .viewer)
            let overview = try await organiser.get("/d/usa-2026", client)
            #expect(overview.status == .ok)
            #expect(!overview.text.contains("/d/usa-2026/edit"))
            #expect(try await organiser.get("/d/usa-2026/edit", client).status == .forbidden)
            #expect(try await organiser.get("/d/kyushu-2025/edit", client).status == .notFound)
        }
    }

    @Test("an administrator grants and revokes on the 權限 page; the account sees the delegation, then not")
    func administratorGrantsOnThePage() async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            var viewer = try await harness.signedIn("長官", role: .viewer, grants: [], client: client)
            #expect(try await viewer.get("/d/usa-2026", client).status == .notFound)
            var admin = try await harness.signedIn("管理者", role: .administrator, client: client)
            #expect(try await admin.get("/d/usa-2026", client).text.contains("/d/usa-2026/access"))
            let page = try await admin.get("/d/usa-2026/access", client)
            #expect(page.status == .ok && page.text.contains(#"<option value="長官">"#))
            let granted = try await admin.post(
                "/d/usa-2026/access/grant",
                form: admin.formBody(["name": "長官", "role": "viewer"], csrfFrom: page),
                client
            )
            #expect(granted.status == .seeOther)
            #expect(try await viewer.get("/d/usa-2026", client).status == .ok)
            let after = try await admin.get("/d/usa-2026/access", client)
            #expect(after.text.contains("/d/usa-2026/access/revoke") && after.text.contains("<strong>長官</strong>"))
            let revoked = try await admin.post("/d/usa-2026/access/revoke", form: admin.formBody(["name": "長官"], csrfFrom: after), client)
            #expect(revoked.status == .seeOther)
            #expect(try await viewer.get("/d/usa-2026", client).status == .notFound)
        }
    }

    @Test("the 權限 page and its forms are 403 for everyone but administrators, and its link is hidden from them")
    func accessPageIsForAdministrators() async throws {
        let harness = try AccessTests.twoDelegations()
        try await harness.run { client in
            var organiser = try await harness.signedIn("林承辦", role: .organiser, grants: ["usa-2026"], client: client)
            let overview = try await organiser.get("/d/usa-2026", client)
            #expect(!overview.text.contains("/d/usa-2026/access"))
            #expect(try await organiser.get("/d/usa-2026/access", client).status == .forbidden)
            let post = try await organiser.post(
                "/d/usa-2026/access/grant",
                form: organiser.formBody(["name": "林承辦", "role": "organiser"], csrfFrom: overview),
                client
            )
            #expect(post.status == .forbidden)
            #expect(try await harness.database.grants(delegation: "kyushu-2025").isEmpty)
        }
    }

    @Test("an organiser who creates a delegation in the browser is granted it; another organiser is not")
    func creatorIsGranted() async throws {
        let harness = try WebHarness.make(auth: true, seed: false)
        try await harness.run { client in
            var organiser = try await harness.signedIn("林承辦", role: .organiser, client: client)
            let form = try await organiser.get("/plan/new", client)
            let created = try await organiser.post("/plan/new", form: organiser.formBody(NewDelegationTests.valid, csrfFrom: form), client)
            #expect(created.status == .seeOther)
            #expect(try await organiser.get("/d/trip-2026-03-10", client).status == .ok)
            #expect(try await harness.database.grants(delegation: "trip-2026-03-10").map(\.user.name) == ["林承辦"])
            var other = try await harness.signedIn("王承辦", role: .organiser, grants: [], client: client)
            #expect(try await other.get("/d/trip-2026-03-10", client).status == .notFound)
        }
    }
}
