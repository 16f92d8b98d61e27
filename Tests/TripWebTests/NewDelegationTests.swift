import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// A delegation started in the browser: header and leader read as the top of a plan file.
@Suite struct NewDelegationTests {
    static let valid: [String: String] = [
        "title": "赴美國波士頓考察智慧城市出國報告", "category": "study", "agency": "臺中市政府經濟發展局", "home": "臺中市",
        "start": "2026-03-10", "end": "2026-03-12", "purpose": "了解波士頓創新區的做法。", "status": "planning", "report_date": "",
        "id": "", "leader_name": "林志明", "leader_title": "科長", "leader_unit": "產業發展科", "leader_rank": "", "leader_email": "",
        "leader_id": "lin",
    ]

    @Test("an empty database offers a new delegation beside the plan upload")
    func emptyListOffersTheForm() async throws {
        try await WebHarness.make(seed: false).run { client in
            let list = try await client.execute(uri: "/", method: .get).text
            #expect(list.contains(#"href="/plan/new""#))
            let form = try await client.execute(uri: "/plan/new", method: .get)
            #expect(form.status == .ok)
            #expect(form.text.contains(#"name="leader_name""#) && form.text.contains(#"<option value="study" selected>考察</option>"#))
        }
    }

    @Test("a filled form creates the delegation with its leader as contact, and its plan file reads back the same values")
    func formCreatesTheDelegation() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/plan/new", client)
            let response = try await browser.post("/plan/new", form: browser.formBody(Self.valid, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/d/trip-2026-03-10")
            let d = try await harness.database.delegation("trip-2026-03-10")
            #expect(d.title == "赴美國波士頓考察智慧城市出國報告" && d.category == .study && d.start.iso == "2026-03-10")
            #expect(d.members.map(\.id) == ["lin"] && d.members.first?.role == .leader && d.contactID == "lin")
            #expect(d.purpose == "了解波士頓創新區的做法。")
            let plan = try await browser.get("/d/trip-2026-03-10/plan.yaml", client).text
            #expect(plan.contains("title: 赴美國波士頓考察智慧城市出國報告") && plan.contains("name: 林志明"))
        }
    }

    @Test("a second delegation starting the same day gets the next free id")
    func secondDelegationGetsTheNextID() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/plan/new", client)
            #expect(try await browser.post("/plan/new", form: browser.formBody(Self.valid, csrfFrom: page), client).status == .seeOther)
            let again = try await browser.post("/plan/new", form: browser.formBody(Self.valid, csrfFrom: page), client)
            #expect(again.headers[.location] == "/d/trip-2026-03-10-2")
        }
    }

    @Test("refused values keep everything typed, mark the fields and name them by their labels, not plan keys")
    func refusedValuesAreMarkedInTheUsersWords() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/plan/new", client)
            var typed = Self.valid
            typed["start"] = "2026-03-32"
            typed["leader_name"] = ""
            typed["leader_unit"] = "產業發展科\u{7}"
            let response = try await browser.post("/plan/new", form: browser.formBody(typed, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            let text = response.text
            #expect(text.contains(#"value="赴美國波士頓考察智慧城市出國報告""#))
            #expect(text.contains(#"value="2026-03-32""#))
            #expect(text.contains(#"name="start" type="date" value="2026-03-32" aria-invalid="true""#))
            #expect(text.contains(#"name="leader_name" value="" aria-invalid="true""#))
            #expect(text.contains(#"name="leader_unit" value="#) && text.contains(#"aria-invalid="true"></label>"#))
            #expect(text.contains("出國日期（第一天）"))
            #expect(text.contains("姓名"))
            #expect(!text.contains("「start」") && !text.contains("「unit」") && !text.contains("「name」"))
            #expect(try await harness.database.delegations().isEmpty)
        }
    }

    @Test("an id already used is refused at the id field and nothing changes")
    func takenIDIsRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/plan/new", client)
            var typed = Self.valid
            typed["id"] = "kyushu-2025"
            let response = try await browser.post("/plan/new", form: browser.formBody(typed, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"name="id" value="kyushu-2025" placeholder="taichung-boston-2026" aria-invalid="true""#))
            #expect(response.text.contains("出國案 id「kyushu-2025」已有人使用"))
            #expect(try await harness.database.delegation("kyushu-2025").title.hasPrefix("創業輔導及創新交流計畫"))
            #expect(try await harness.database.delegation("kyushu-2025").members.count > 1)
        }
    }

    @Test("only organisers may start a delegation")
    func viewersMayNot() async throws {
        let harness = try WebHarness.make(auth: true, seed: false)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/plan/new", client).status == .forbidden)
        }
    }
}
