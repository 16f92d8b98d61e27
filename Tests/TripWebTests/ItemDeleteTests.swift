import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The deletion pages of events, legs and stays.
@Suite struct ItemDeleteTests {
    @Test("a stay is deleted from its confirmation page and the schedule no longer shows it")
    func stayDeleted() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let add = try await browser.get("/d/kyushu-2025/add/stay", client)
            let stay = ["place": "yanagibashi", "check_in": "2025-08-31", "check_out": "2025-09-02", "booking": "", "id": "hotel"]
            #expect(try await browser.post("/d/kyushu-2025/add/stay", form: browser.formBody(stay, csrfFrom: add), client).status == .seeOther)
            let edit = try await browser.get("/d/kyushu-2025/edit/stay/hotel", client)
            #expect(edit.text.contains(#"href="/d/kyushu-2025/delete/stay/hotel""#))
            let page = try await browser.get("/d/kyushu-2025/delete/stay/hotel", client)
            #expect(page.status == .ok && page.text.contains("刪除住宿") && page.text.contains("確定刪除"))
            let response = try await browser.post(
                "/d/kyushu-2025/delete/stay/hotel",
                form: browser.formBody(["revision": ItemEditTests.revision(in: page)], csrfFrom: page),
                client
            )
            #expect(response.status == .seeOther)
            #expect(try await harness.database.delegation("kyushu-2025").stays.isEmpty)
            #expect(try await !browser.get("/d/kyushu-2025/schedule", client).text.contains("/edit/stay/hotel"))
        }
    }

    @Test("an event holding logged material shows why it cannot go, offers no button, and a post is 409")
    func eventHoldingRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/delete/event/yanagibashi", client)
            #expect(page.status == .ok && page.text.contains("目前不能刪除") && !page.text.contains("確定刪除"))
            // The refusal has no form: the token comes from the event's form.
            let edit = try await browser.get("/d/kyushu-2025/e/yanagibashi/edit", client)
            #expect(edit.text.contains(#"href="/d/kyushu-2025/delete/event/yanagibashi""#))
            let response = try await browser.post(
                "/d/kyushu-2025/delete/event/yanagibashi",
                form: browser.formBody(["revision": "0"], csrfFrom: edit),
                client
            )
            #expect(response.status == .conflict)
            #expect(try await harness.database.delegation("kyushu-2025").events.contains { $0.id == "yanagibashi" })
        }
    }

    @Test("a confirmation of a leg changed since is 409 and deletes nothing")
    func staleConfirmation() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/delete/leg/out", client)
            let revision = ItemEditTests.revision(in: page)
            let edit = try await browser.get("/d/kyushu-2025/edit/leg/out", client)
            var values = try await ItemEditTests.legValues(harness)
            values["number"] = "JX842"
            values["revision"] = ItemEditTests.revision(in: edit)
            #expect(try await browser.post("/d/kyushu-2025/edit/leg/out", form: browser.formBody(values, csrfFrom: edit), client).status == .seeOther)
            let response = try await browser.post(
                "/d/kyushu-2025/delete/leg/out",
                form: browser.formBody(["revision": revision], csrfFrom: page),
                client
            )
            #expect(response.status == .conflict && response.text.contains("JX842"), "the leg as it now is")
            #expect(try await harness.database.delegation("kyushu-2025").legs.contains { $0.id == "out" })
        }
    }

    @Test("only organisers delete; unknown items and kinds are 404")
    func access() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/delete/leg/out", client).status == .forbidden)
            var member = try await harness.signedIn("member", role: .member, client: client)
            #expect(try await member.get("/d/kyushu-2025/delete/leg/out", client).status == .forbidden)
            var organiser = try await harness.signedIn("org", role: .organiser, client: client)
            #expect(try await organiser.get("/d/kyushu-2025/delete/leg/nope", client).status == .notFound)
            #expect(try await organiser.get("/d/kyushu-2025/delete/press/x", client).status == .notFound)
            #expect(try await organiser.get("/d/other-trip/delete/leg/out", client).status == .notFound)
        }
    }
}
