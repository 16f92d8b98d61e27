import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The front page's body is rendered once per set of rows, language and role and kept
/// (`RenderedBodies`, issue 14 §2): what is kept must be exactly what rendering again would give.
@Suite struct FrontPageBodyTests {
    @Test func aTitleChangedOutsideTheServerShowsOnTheNextRequest() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            #expect(try await browser.get("/", client).text.contains("赴日本福岡"))
            // As `tripwright import` from the command line would: no request of this server.
            var d = try await harness.database.delegation("kyushu-2025")
            d.title = "改過的出國案名稱"
            _ = try await harness.database.importPlan(d)
            let again = try await browser.get("/", client).text
            #expect(again.contains("改過的出國案名稱"))
        }
    }

    @Test func aDelegationAddedOutsideTheServerShowsOnTheNextRequest() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            _ = try await browser.get("/", client)
            var d = try await harness.database.delegation("kyushu-2025")
            d.id = "kyushu-2026"
            _ = try await harness.database.importPlan(d)
            #expect(try await browser.get("/", client).text.contains(#"href="/d/kyushu-2026""#))
        }
    }

    @Test func theSameRowsInEnglishAreNotServedTheChineseBody() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let chinese = try await browser.get("/", client).text
            let english = try await browser.get("/?lang=en", client).text
            #expect(chinese.contains("<h1>出國案</h1>"))
            #expect(english.contains("Delegations"))
            #expect(!english.contains("<h1>出國案</h1>"))
        }
    }

    @Test func aMemberAfterAnOrganiserDoesNotGetTheOrganisersStartLinks() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var organiser = try await harness.signedIn("承辦人", role: .organiser, client: client)
            #expect(try await organiser.get("/", client).text.contains(#"href="/plan/new""#))
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/", client).text
            #expect(page.contains(#"href="/d/kyushu-2025""#))
            #expect(!page.contains(#"href="/plan/new""#))
        }
    }

    @Test func theLayoutIsTheReadersOwnAroundAKeptBody() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var first = try await harness.signedIn("葉珀如", role: .member, client: client)
            _ = try await first.get("/", client)
            var second = try await harness.signedIn("洪青瑞", role: .member, client: client)
            let page = try await second.get("/", client).text
            #expect(page.contains(#"data-user="洪青瑞""#))
            #expect(!page.contains("葉珀如"))
        }
    }
}

/// What a reader who sees no delegation gets: first steps for an organiser, the example only on
/// a database that holds none (one the reader may not see may already have its id), and a line
/// saying why the list is empty.
@Suite struct EmptyFrontPageTests {
    @Test func anOrganiserWithoutGrantsGetsFirstStepsAndTheReasonButNoExample() async throws {
        let harness = try WebHarness.make(auth: true, example: true)
        try await harness.run { client in
            var organiser = try await harness.signedIn("新承辦人", role: .organiser, grants: [], client: client)
            let page = try await organiser.get("/", client).text
            #expect(page.contains(#"href="/plan/new""#))
            #expect(page.contains("目前沒有您可查看的出國案"))
            #expect(!page.contains("/plan/example"))
        }
    }

    @Test func aMemberOnNoDelegationIsToldThereIsNoneForThem() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var stranger = try await harness.signedIn("路人甲", role: .member, client: client)
            let page = try await stranger.get("/", client).text
            #expect(page.contains("目前沒有您可查看的出國案"))
            #expect(!page.contains(#"href="/plan/new""#))
        }
    }

    @Test func onAnEmptyDatabaseAnOrganiserGetsTheExampleAndAMemberALine() async throws {
        let harness = try WebHarness.make(auth: true, seed: false, example: true)
        try await harness.run { client in
            var organiser = try await harness.signedIn("承辦人", role: .organiser, client: client)
            let first = try await organiser.get("/", client).text
            #expect(first.contains("/plan/example"))
            #expect(!first.contains("目前"))
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/", client).text
            #expect(page.contains("目前還沒有出國案。"))
            #expect(!page.contains("/plan/example"))
        }
    }
}

/// `RenderedBodies` on its own: one rendering per key, at most `capacity` kept, oldest out first.
@Suite struct RenderedBodiesTests {
    @Test func aBodyIsRenderedOncePerKey() {
        let bodies = RenderedBodies()
        var renderings = 0
        for _ in 0..<3 {
            #expect(
                bodies.body("a") {
                    renderings += 1
                    return "A"
                } == "A"
            )
        }
        #expect(renderings == 1)
    }

    @Test func keysOfDifferentTypesNeverShareABody() {
        let bodies = RenderedBodies()
        _ = bodies.body("1") { "text key" }
        #expect(bodies.body(1) { "number key" } == "number key")
    }

    @Test func theOldestBodyGoesWhenMoreThanTheCapacityCome() {
        let bodies = RenderedBodies(capacity: 2)
        _ = bodies.body("first") { "1" }
        _ = bodies.body("second") { "2" }
        _ = bodies.body("third") { "3" }
        #expect(bodies.count == 2)
        #expect(bodies.body("first") { "again" } == "again")
        #expect(bodies.body("third") { "not again" } == "3")
    }

    @Test func aRenderingThatThrowsKeepsNothing() {
        struct Failed: Error {}
        let bodies = RenderedBodies()
        #expect(throws: Failed.self) { try bodies.body("k") { throw Failed() } }
        #expect(bodies.count == 0)
    }
}
