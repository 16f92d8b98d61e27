import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// A clipping's fields edited in a form.
@Suite struct PressEditTests {
    /// The first clipping of the Kyushu seed and its form values.
    static func clipping(_ harness: WebHarness) async throws -> (String, [String: String]) {
        let p = try #require(try await harness.database.delegation("kyushu-2025").press.first)
        return (p.id, PressEditController.values(p))
    }

    @Test("a clipping's headline, language and event are saved from its form")
    func saved() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let (id, stored) = try await Self.clipping(harness)
            #expect(try await browser.get("/d/kyushu-2025/press", client).text.contains("/press/\(id)/edit"))
            let page = try await browser.get("/d/kyushu-2025/press/\(id)/edit", client)
            #expect(page.status == .ok && page.text.contains(#"name="outlet" value="\#(stored["outlet"] ?? "")""#))
            var values = stored
            values["headline"] = "臺中市經發局赴福岡交流"
            values["language"] = "ja"
            values["event"] = "fgn"
            values["revision"] = ItemEditTests.hidden("revision", in: page)
            let response = try await browser.post("/d/kyushu-2025/press/\(id)/edit", form: browser.formBody(values, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let p = try #require(try await harness.database.delegation("kyushu-2025").press.first { $0.id == id })
            #expect(p.headline == "臺中市經發局赴福岡交流" && p.language == "ja" && p.eventID == "fgn")
        }
    }

    @Test("a refused date keeps what was typed and marks it; a stale form is 409 with both and saves nothing")
    func refusedAndStale() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let (id, stored) = try await Self.clipping(harness)
            let page = try await browser.get("/d/kyushu-2025/press/\(id)/edit", client)
            var wrong = stored
            wrong["date"] = "2025-13-40"
            wrong["revision"] = ItemEditTests.hidden("revision", in: page)
            let refused = try await browser.post("/d/kyushu-2025/press/\(id)/edit", form: browser.formBody(wrong, csrfFrom: page), client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"name="date" type="date" value="2025-13-40" aria-invalid="true""#))
            var first = stored
            first["outlet"] = "西日本新聞"
            first["revision"] = wrong["revision"]
            #expect(
                try await browser.post("/d/kyushu-2025/press/\(id)/edit", form: browser.formBody(first, csrfFrom: page), client).status == .seeOther
            )
            var second = first
            second["outlet"] = "讀賣新聞"
            let stale = try await browser.post("/d/kyushu-2025/press/\(id)/edit", form: browser.formBody(second, csrfFrom: page), client)
            #expect(stale.status == .conflict && stale.text.contains(#"value="讀賣新聞""#) && stale.text.contains("<td>西日本新聞</td>"))
            #expect(try await harness.database.delegation("kyushu-2025").press.first { $0.id == id }?.outlet == "西日本新聞")
        }
    }

    @Test("saving the edit form of a clipping id not stored is 404 and adds nothing")
    func unknownIdIsNotAdded() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let (id, stored) = try await Self.clipping(harness)
            let page = try await browser.get("/d/kyushu-2025/press/\(id)/edit", client)
            var values = stored
            values["revision"] = "anything"
            let before = try await harness.database.delegation("kyushu-2025").press.count
            let response = try await browser.post("/d/kyushu-2025/press/press-made-up/edit", form: browser.formBody(values, csrfFrom: page), client)
            #expect(response.status == .notFound)
            let after = try await harness.database.delegation("kyushu-2025").press
            #expect(after.count == before && !after.contains { $0.id == "press-made-up" })
        }
    }

    @Test("viewers may not edit clippings; an unknown clipping is 404")
    func access() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            let (id, _) = try await Self.clipping(harness)
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/press/\(id)/edit", client).status == .forbidden)
            var organiser = try await harness.signedIn("org", role: .organiser, client: client)
            #expect(try await organiser.get("/d/kyushu-2025/press/nope/edit", client).status == .notFound)
        }
    }
}
