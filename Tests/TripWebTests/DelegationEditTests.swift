import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The delegation's header form.
@Suite struct DelegationEditTests {
    static func values(_ harness: WebHarness) async throws -> [String: String] {
        TripDatabase.headerValues(of: try await harness.database.delegation("kyushu-2025"))
    }

    @Test("the header form shows the stored values and a save returns to the overview")
    func saved() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            #expect(try await browser.get("/d/kyushu-2025", client).text.contains(#"href="/d/kyushu-2025/edit""#))
            let page = try await browser.get("/d/kyushu-2025/edit", client)
            #expect(page.status == .ok && page.text.contains(#"name="agency" value="臺中市政府經濟發展局""#))
            var values = try await Self.values(harness)
            values["title"] = "赴日本福岡考察出國報告"
            values["revision"] = ItemEditTests.hidden("revision", in: page)
            let response = try await browser.post("/d/kyushu-2025/edit", form: browser.formBody(values, csrfFrom: page), client)
            #expect(response.status == .seeOther && response.headers[.location] == "/d/kyushu-2025")
            #expect(try await harness.database.delegation("kyushu-2025").title == "赴日本福岡考察出國報告")
        }
    }

    @Test("a refused value keeps what was typed and marks its field; a stale form is 409 with both")
    func refusedAndStale() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/edit", client)
            var wrong = try await Self.values(harness)
            wrong["end"] = "2025-08-01"
            wrong["revision"] = ItemEditTests.hidden("revision", in: page)
            let refused = try await browser.post("/d/kyushu-2025/edit", form: browser.formBody(wrong, csrfFrom: page), client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"name="end" type="date" value="2025-08-01" aria-invalid="true""#) && refused.text.contains("返國日期"))
            var first = try await Self.values(harness)
            first["agency"] = "經濟發展局"
            first["revision"] = wrong["revision"]
            #expect(try await browser.post("/d/kyushu-2025/edit", form: browser.formBody(first, csrfFrom: page), client).status == .seeOther)
            var second = first
            second["agency"] = "另一機關"
            let stale = try await browser.post("/d/kyushu-2025/edit", form: browser.formBody(second, csrfFrom: page), client)
            #expect(stale.status == .conflict && stale.text.contains(#"value="另一機關""#) && stale.text.contains("<td>經濟發展局</td>"))
            #expect(try await harness.database.delegation("kyushu-2025").agency == "經濟發展局")
        }
    }

    @Test("only organisers edit the header; another delegation is 404")
    func access() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/edit", client).status == .forbidden)
            var member = try await harness.signedIn("member", role: .member, client: client)
            #expect(try await member.get("/d/kyushu-2025/edit", client).status == .forbidden)
            var organiser = try await harness.signedIn("org", role: .organiser, client: client)
            #expect(try await organiser.get("/d/no-trip/edit", client).status == .notFound)
        }
    }
}
