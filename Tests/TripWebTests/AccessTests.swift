import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// Who sees what (issue 11): a member-role account sees only the delegations it is on; a removed
/// account's session and a stopped feed link stop working.
@Suite struct AccessTests {
    /// The Kyushu harness with the USA seed beside it, so a Kyushu member has a delegation they are not on.
    static func twoDelegations() throws -> WebHarness {
        let harness = try WebHarness.make(auth: true)
        _ = try PlanImporter(location: harness.config.location)
            .importFile(at: WebHarness.repo.appendingPathComponent("seeds/usa-2026.yaml"), into: harness.database)
        return harness
    }

    @Test("a member of one delegation gets 404 for every page, report, plan, calendar and photo of another")
    func memberGets404ForAnotherDelegation() async throws {
        let harness = try Self.twoDelegations()
        try await harness.run { client in
            var organiser = try await harness.signedIn("承辦人", role: .organiser, client: client)
            let page = try await organiser.get("/d/usa-2026/e/mit", client)
            _ = try await organiser.postMultipart(
                "/d/usa-2026/e/mit/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "x.jpg", SamplePhotos.jpeg())],
                client
            )
            let photo = try await harness.database.delegation("usa-2026").events.first { $0.id == "mit" }?.photos.first { $0.file != nil }?.id
            let photoID = try #require(photo)
            let uris = [
                "/d/usa-2026", "/d/usa-2026/schedule", "/d/usa-2026/today", "/d/usa-2026/e/mit", "/d/usa-2026/press",
                "/d/usa-2026/report", "/d/usa-2026/report/trip/md", "/d/usa-2026/plan.yaml", "/d/usa-2026/calendar",
                "/d/usa-2026/photo/\(photoID)",
            ]
            #expect(try await organiser.get("/d/usa-2026/photo/\(photoID)", client).status == .ok)
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            for uri in uris {
                let response = try await member.get(uri, client)
                #expect(response.status == .notFound, "\(uri): \(response.status)")
                #expect(!response.text.contains("臺中市市長赴美市政考察交流"), "\(uri) shows the trip's title")
            }
            #expect(try await member.get("/d/kyushu-2025", client).status == .ok)
        }
    }

    @Test("a member's front page lists only the delegations they are on; an organiser's lists all")
    func frontPageListsOnlyTheMembersDelegations() async throws {
        let harness = try Self.twoDelegations()
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let mine = try await member.get("/", client).text
            #expect(mine.contains("/d/kyushu-2025"))
            #expect(!mine.contains("/d/usa-2026"))
            var organiser = try await harness.signedIn("承辦人", role: .organiser, client: client)
            let all = try await organiser.get("/", client).text
            #expect(all.contains("/d/kyushu-2025") && all.contains("/d/usa-2026"))
        }
    }

    @Test("a member cannot log on a delegation they are not on: 404, nothing stored")
    func memberCannotLogOnAnotherDelegation() async throws {
        let harness = try Self.twoDelegations()
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let home = try await member.get("/d/kyushu-2025", client)
            let response = try await member.post("/d/usa-2026/e/mit/notes", form: member.formBody(["text": "不該存"], csrfFrom: home), client)
            #expect(response.status == .notFound)
            let notes = try await harness.database.delegation("usa-2026").events.flatMap(\.notes)
            #expect(!notes.contains { $0.text == "不該存" })
        }
    }

    @Test("a removed user's open session stops working on its next request")
    func removedUsersSessionStops() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            #expect(try await member.get("/d/kyushu-2025", client).status == .ok)
            try await harness.database.removeUser(name: "葉珀如")
            let after = try await member.get("/d/kyushu-2025", client)
            #expect(after.status == .seeOther || after.status == .unauthorized, "\(after.status)")
            #expect(after.status != .ok)
        }
    }

    @Test("a reset signs the user out and voids the earlier code; the new code signs in")
    func resetSignsOutAndGivesANewCode() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let (_, unused) = try await harness.database.addUserWithSignInCode(name: "葉珀如", role: .member)
            let (_, code) = try await harness.database.resetUser(name: "葉珀如")
            #expect(try await member.get("/d/kyushu-2025", client).status != .ok)
            var stale = Browser()
            let page = try await stale.get("/signin", client)
            #expect(
                try await stale.post("/signin", form: stale.formBody(["code": unused, "next": "/"], csrfFrom: page), client).status == .unauthorized
            )
            var fresh = Browser()
            let page2 = try await fresh.get("/signin", client)
            #expect(try await fresh.post("/signin", form: fresh.formBody(["code": code, "next": "/"], csrfFrom: page2), client).status == .seeOther)
        }
    }

    @Test("a stopped feed link is a 404; a new link stops the one made before it")
    func revokedAndReplacedFeedLinksStop() async throws {
        let harness = try WebHarness.make(auth: true)
        let first = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "yeh")
        let second = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "yeh")
        let everyone = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: nil)
        try await harness.run { client in
            #expect(try await client.execute(uri: "/calendar/\(first).ics", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/calendar/\(second).ics", method: .get).status == .ok)
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/d/kyushu-2025/calendar", client)
            let stopped = try await member.post("/d/kyushu-2025/calendar/revoke", form: member.formBody(["member": "yeh"], csrfFrom: page), client)
            #expect(stopped.status == .ok)
            #expect(stopped.text.contains("已停用的訂閱網址數： 1"))
            #expect(try await client.execute(uri: "/calendar/\(second).ics", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/calendar/\(everyone).ics", method: .get).status == .ok)
        }
    }

    @Test("a member may stop only their own feed links, not another member's nor everyone's")
    func memberStopsOnlyTheirOwnFeed() async throws {
        let harness = try WebHarness.make(auth: true)
        let others = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "chang")
        let everyone = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: nil)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/d/kyushu-2025/calendar", client)
            let other = try await member.post("/d/kyushu-2025/calendar/revoke", form: member.formBody(["member": "chang"], csrfFrom: page), client)
            #expect(other.status == .forbidden)
            let all = try await member.post("/d/kyushu-2025/calendar/revoke", form: member.formBody([:], csrfFrom: page), client)
            #expect(all.status == .forbidden)
            #expect(try await client.execute(uri: "/calendar/\(others).ics", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/calendar/\(everyone).ics", method: .get).status == .ok)
        }
    }

    @Test("a member's feed link stops when the member leaves the delegation: by the remove form's store write or by a re-import without them")
    func feedLinkStopsWhenTheMemberLeaves() async throws {
        let harness = try WebHarness.make(auth: true)
        let yeh = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "yeh")
        let everyone = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: nil)
        let member = try #require(try await harness.database.delegation("kyushu-2025").member("yeh"))
        try await harness.database.removeMember(delegation: "kyushu-2025", id: "yeh", revision: EditRevision.of(member: member))
        #expect(try await harness.database.calendarFeed(token: yeh) == nil)
        #expect(try await harness.database.calendarFeed(token: everyone) != nil)
        try? FileManager.default.removeItem(at: harness.folder)
    }

    @Test("user reset and user remove stop the feed links of the member the account is")
    func accountResetAndRemoveStopTheirFeedLinks() async throws {
        let harness = try WebHarness.make(auth: true)
        _ = try await harness.database.addUserWithSignInCode(name: "葉珀如", role: .member)
        let first = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "yeh")
        let others = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "chang")
        _ = try await harness.database.resetUser(name: "葉珀如")
        #expect(try await harness.database.calendarFeed(token: first) == nil)
        let second = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "yeh")
        try await harness.database.removeUser(name: "葉珀如")
        #expect(try await harness.database.calendarFeed(token: second) == nil)
        #expect(try await harness.database.calendarFeed(token: others) != nil)
        try? FileManager.default.removeItem(at: harness.folder)
    }

    @Test("an organiser asking for the feed of someone not on the delegation gets 404 naming them; a member's own name works")
    func feedOfANonMemberIs404AndNamesWork() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var organiser = try await harness.signedIn("承辦人", role: .organiser, client: client)
            let page = try await organiser.get("/d/kyushu-2025/calendar", client)
            let nobody = try await organiser.post("/d/kyushu-2025/calendar", form: organiser.formBody(["member": "nosuch"], csrfFrom: page), client)
            #expect(nobody.status == .notFound)
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let own = try await member.get("/d/kyushu-2025/calendar", client)
            let byName = try await member.post("/d/kyushu-2025/calendar", form: member.formBody(["member": "葉珀如"], csrfFrom: own), client)
            #expect(byName.status == .ok)
        }
    }

    @Test("without sign-in only loopback host names are answered (DNS rebinding); a hostile Host never reaches a feed link")
    func noSignInAnswersOnlyLoopbackNames() throws {
        for host in ["127.0.0.1:8080", "localhost", "LOCALHOST:80", "[::1]:8080", "::1", "127.1.2.3"] {
            #expect(WebConfig.isLoopbackAuthority(host), "\(host)")
        }
        for host in [
            "rebind.attacker.example", "rebind.attacker.example:8080", "127.0.0.1.nip.io", "localhost.evil", "127.0.0.1:8080, evil",
            "", "[::2]:80", "0.0.0.0", "１２７.0.0.1", "l\u{043E}calhost", "127.0.0.1\u{0}", "localhost\t", "127.0.0.1_",
            String(repeating: "1", count: 256),
        ] {
            #expect(!WebConfig.isLoopbackAuthority(host), "\(host)")
        }
        let config = try WebHarness.make(auth: true).config
        #expect(config.origin(requestHost: "evil.example/path?") == "http://127.0.0.1:0")
        #expect(config.origin(requestHost: "127.0.0.1:8080, evil.example") == "http://127.0.0.1:0")
        #expect(config.origin(requestHost: "") == "http://127.0.0.1:0")
        #expect(config.origin(requestHost: "trips.example.gov.tw:8080") == "http://trips.example.gov.tw:8080")
    }
}
