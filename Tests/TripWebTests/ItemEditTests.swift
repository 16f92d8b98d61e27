import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// Legs and stays edited in forms: every value of their plan entries, refused values marked,
/// stale forms answered with 409 and both versions, organisers only.
@Suite struct ItemEditTests {
    /// The form values of the stored leg `out` of the Kyushu seed.
    static func legValues(_ harness: WebHarness) async throws -> [String: String] {
        let d = try await harness.database.delegation("kyushu-2025")
        return PlanWriter().formValues(of: try #require(d.legs.first { $0.id == "out" }))
    }

    /// The revision in a form page.
    static func revision(in page: TestResponse) -> String { hidden("revision", in: page) }

    /// The value of a page's first hidden field of a name.
    static func hidden(_ name: String, in page: TestResponse) -> String {
        let html = page.text
        guard let r = html.range(of: #"name="\#(name)" value="([^"]*)""#, options: .regularExpression) else { return "" }
        return String(html[r].dropFirst(#"name="\#(name)" value=""#.count).dropLast())
    }

    @Test("the leg form shows its stored values and each end's zone; a save changes that leg and returns to the schedule")
    func legSaved() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/edit/leg/out", client)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"name="number" id="f-number" type="text" value="JX840""#))
            #expect(page.text.contains("Asia/Taipei") && page.text.contains("Asia/Tokyo（JST，UTC+9）"), "each end's zone")
            #expect(page.text.contains(#"list="f-from-places" data-place-search"#), "the place fields search places")
            var values = try await Self.legValues(harness)
            values["number"] = "JX842"
            values["depart"] = "2025-08-31 07:30"
            values["revision"] = Self.revision(in: page)
            let response = try await browser.post("/d/kyushu-2025/edit/leg/out", form: browser.formBody(values, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/d/kyushu-2025/schedule#out")
            let leg = try #require(try await harness.database.delegation("kyushu-2025").legs.first { $0.id == "out" })
            #expect(leg.number == "JX842" && leg.departure.localText == "2025-08-31 07:30" && leg.departure.zone.identifier == "Asia/Taipei")
        }
    }

    @Test("in English the form names its fields and each end's zone in English")
    func legFormInEnglish() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/edit/leg/out?lang=en", method: .get).text
            #expect(text.contains("Edit the leg") && text.contains("Departs (local time where it leaves)"))
            #expect(text.contains("Local zone: Fukuoka Airport (FUK) Asia/Tokyo (JST, UTC+9)"), "the place's English name and the zone")
        }
    }

    @Test("a save against a leg changed since the form was opened saves nothing: 409 with what was typed and the stored values")
    func staleLegForm() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/edit/leg/out", client)
            var first = try await Self.legValues(harness)
            first["number"] = "JX842"
            first["revision"] = Self.revision(in: page)
            #expect(try await browser.post("/d/kyushu-2025/edit/leg/out", form: browser.formBody(first, csrfFrom: page), client).status == .seeOther)
            var second = first
            second["number"] = "JX846"
            let response = try await browser.post("/d/kyushu-2025/edit/leg/out", form: browser.formBody(second, csrfFrom: page), client)
            #expect(response.status == .conflict)
            #expect(response.text.contains(#"value="JX846""#), "what was typed is kept")
            #expect(response.text.contains("<td>JX842</td>"), "the stored value is shown")
            #expect(Self.revision(in: response) != first["revision"], "the form now saves over the stored values")
            let leg = try #require(try await harness.database.delegation("kyushu-2025").legs.first { $0.id == "out" })
            #expect(leg.number == "JX842")
        }
    }

    @Test("refused values keep what was typed, mark the field in the user's words and save nothing")
    func refusedLegValues() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let before = try await harness.database.delegation("kyushu-2025").legs
            let page = try await browser.get("/d/kyushu-2025/edit/leg/out", client)
            var values = try await Self.legValues(harness)
            values["arrive"] = "2025-08-31 25:99"
            values["revision"] = Self.revision(in: page)
            let response = try await browser.post("/d/kyushu-2025/edit/leg/out", form: browser.formBody(values, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"name="arrive" id="f-arrive" type="text" value="2025-08-31 25:99""#))
            #expect(response.text.contains(#"aria-invalid="true""#) && response.text.contains("抵達時間"))
            #expect(!response.text.contains("「arrive」"))
            #expect(try await harness.database.delegation("kyushu-2025").legs == before)
        }
    }

    @Test("a stay added in a form is edited in its form with its phone and remark")
    func staySaved() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let add = try await browser.get("/d/kyushu-2025/add/stay", client)
            let stay = ["place": "yanagibashi", "check_in": "2025-08-31", "check_out": "2025-09-02", "booking": "", "id": "hotel"]
            #expect(try await browser.post("/d/kyushu-2025/add/stay", form: browser.formBody(stay, csrfFrom: add), client).status == .seeOther)
            let schedule = try await browser.get("/d/kyushu-2025/schedule", client)
            #expect(
                schedule.text.contains(#"href="/d/kyushu-2025/edit/stay/hotel""#) && schedule.text.contains(#"href="/d/kyushu-2025/edit/leg/out""#)
            )
            let page = try await browser.get("/d/kyushu-2025/edit/stay/hotel", client)
            #expect(page.status == .ok && page.text.contains(#"name="check_out" id="f-check_out" type="date" value="2025-09-02""#))
            let values = [
                "place": "yanagibashi", "check_in": "2025-08-31", "check_out": "2025-09-03", "booking": "X1", "phone": "+81 92-000-0000",
                "remark": "含早餐", "revision": Self.revision(in: page),
            ]
            let response = try await browser.post("/d/kyushu-2025/edit/stay/hotel", form: browser.formBody(values, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let saved = try #require(try await harness.database.delegation("kyushu-2025").stays.first { $0.id == "hotel" })
            #expect(saved.checkOut.iso == "2025-09-03" && saved.phone == "+81 92-000-0000" && saved.remark == "含早餐" && saved.booking == "X1")
        }
    }

    @Test("only organisers open and save the forms; other delegations, items and kinds are 404")
    func access() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/edit/leg/out", client).status == .forbidden)
            let schedule = try await viewer.get("/d/kyushu-2025/schedule", client)
            #expect(schedule.status == .ok && !schedule.text.contains("/edit/leg/"), "no edit links for viewers")
            var member = try await harness.signedIn("member", role: .member, client: client)
            #expect(try await member.get("/d/kyushu-2025/edit/stay/hotel", client).status == .forbidden)
            var organiser = try await harness.signedIn("org", role: .organiser, client: client)
            #expect(try await organiser.get("/d/kyushu-2025/edit/leg/out", client).status == .ok)
            #expect(try await organiser.get("/d/no-such-trip/edit/leg/out", client).status == .notFound)
            #expect(try await organiser.get("/d/kyushu-2025/edit/leg/no-such-leg", client).status == .notFound)
            #expect(try await organiser.get("/d/kyushu-2025/edit/event/yanagibashi", client).status == .notFound)
        }
    }
}
