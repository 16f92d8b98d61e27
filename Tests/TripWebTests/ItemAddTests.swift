import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// Events, legs and stays added in forms, read as the same entries of a plan file.
@Suite struct ItemAddTests {
    /// A harness holding a fresh delegation made with the new delegation form.
    static func started(_ client: any TestClientProtocol, _ browser: inout Browser) async throws {
        let page = try await browser.get("/plan/new", client)
        var typed = NewDelegationTests.valid
        typed["id"] = "boston"
        let made = try await browser.post("/plan/new", form: browser.formBody(typed, csrfFrom: page), client)
        precondition(made.status == .seeOther, "\(made.status)")
    }

    @Test("a leg typed with airport codes and an overnight arrival is stored with both airports as places")
    func legWithNewAirports() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            try await Self.started(client, &browser)
            let page = try await browser.get("/d/boston/add/leg", client)
            #expect(page.status == .ok && page.text.contains(#"list="f-from-places" data-place-search data-trip="boston""#))
            let fields = [
                "mode": "flight", "number": "BR52", "carrier": "長榮航空", "from": "TPE", "depart": "2026-03-10 23:40",
                "to": "BOS", "arrive": "2026-03-11 06:10", "remark": "", "id": "",
            ]
            let response = try await browser.post("/d/boston/add/leg", form: browser.formBody(fields, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/d/boston/schedule#leg-1")
            let d = try await harness.database.delegation("boston")
            let leg = try #require(d.legs.first)
            #expect(leg.id == "leg-1" && leg.number == "BR52" && leg.arrival?.date.iso == "2026-03-11")
            #expect(d.place(leg.toID)?.zone.identifier == "America/New_York")
            #expect(d.place(leg.fromID)?.zone.identifier == "Asia/Taipei")
            #expect(d.countries == ["US"], "派赴國家 as a plan file without countries has them")
        }
    }

    @Test("an event for some members keeps the members ticked, and a stay covers its nights")
    func eventWithParticipantsAndStay() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            try await Self.started(client, &browser)
            let page = try await browser.get("/d/boston/add/event", client)
            let event =
                "title=%E6%8B%9C%E6%9C%83&kind=call&date=2026-03-11&start=10%3A00&end=11%3A00&place=Boston&host=&participants=lin&id=&csrf=\(Browser.csrf(in: page))"
            #expect(try await browser.post("/d/boston/add/event", form: event, client).status == .seeOther)
            let stayPage = try await browser.get("/d/boston/add/stay", client)
            let stay = ["place": "Cambridge, MA", "check_in": "2026-03-10", "check_out": "2026-03-12", "booking": "", "id": "hotel"]
            #expect(try await browser.post("/d/boston/add/stay", form: browser.formBody(stay, csrfFrom: stayPage), client).status == .seeOther)
            let d = try await harness.database.delegation("boston")
            let e = try #require(d.events.first)
            #expect(e.id == "event-1" && e.kind == .call && e.participants == ["lin"] && e.start.localTime?.description == "10:00")
            #expect(d.place(e.placeID)?.zone.identifier == "America/New_York")
            let s = try #require(d.stays.first)
            #expect(s.id == "hotel" && s.checkOut.iso == "2026-03-12")
        }
    }

    @Test("refused values keep what was typed, mark the fields and name them by their labels")
    func refusedLegValues() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            try await Self.started(client, &browser)
            let page = try await browser.get("/d/boston/add/leg", client)
            let fields = [
                "mode": "flight", "number": "BR52", "carrier": "", "from": "TPE", "depart": "2026-03-10 25:99",
                "to": "Bostn", "arrive": "", "remark": "", "id": "",
            ]
            let response = try await browser.post("/d/boston/add/leg", form: browser.formBody(fields, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            let text = response.text
            #expect(text.contains(#"name="depart" id="f-depart" type="text" value="2026-03-10 25:99""#))
            #expect(text.contains(#"value="Bostn""#) && text.contains("Boston"), "the nearest known name is offered")
            #expect(text.contains("出發時間（出發地當地時間）"))
            #expect(!text.contains("「depart」") && !text.contains("「to」"))
            #expect(try await harness.database.delegation("boston").legs.isEmpty)
        }
    }

    @Test("an id another item already has is refused and nothing is added")
    func takenItemID() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/add/stay", client)
            let before = try await harness.database.delegation("kyushu-2025").stays.count
            let stay = ["place": "福岡", "check_in": "2025-08-31", "check_out": "2025-09-01", "booking": "", "id": "yanagibashi"]
            let response = try await browser.post("/d/kyushu-2025/add/stay", form: browser.formBody(stay, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            #expect(try await harness.database.delegation("kyushu-2025").stays.count == before)
        }
    }

    @Test("only organisers add items; an unknown kind is 404")
    func access() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/add/event", client).status == .forbidden)
            var organiser = try await harness.signedIn("org", role: .organiser, client: client)
            #expect(try await organiser.get("/d/kyushu-2025/add/party", client).status == .notFound)
        }
    }
}
