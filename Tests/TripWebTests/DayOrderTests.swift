import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// A day's events known only by their date, ordered by organisers on their day's page.
@Suite struct DayOrderTests {
    /// The hidden `revision` of the page's first move form.
    static func revision(in page: TestResponse) -> String {
        let html = page.text
        guard let r = html.range(of: #"name="revision" value="([^"]*)""#, options: .regularExpression) else { return "" }
        return String(html[r].dropFirst(#"name="revision" value=""#.count).dropLast())
    }

    /// The first date of the Kyushu seed with two or more date-only events, and their ids.
    static func day(_ harness: WebHarness) async throws -> (LocalDate, [String]) {
        let d = try await harness.database.delegation("kyushu-2025")
        for date in d.start.through(d.end) {
            let ids = TripDatabase.dateOnlyEvents(on: date, in: d).map(\.id)
            if ids.count > 1 { return (date, ids) }
        }
        throw WebError.notFound("a day to order")
    }

    @Test("moving an event later swaps it with the next in the schedule and the stored order")
    func moveLater() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let (date, ids) = try await Self.day(harness)
            let schedule = try await browser.get("/d/kyushu-2025/schedule", client)
            #expect(schedule.text.contains(#"href="/d/kyushu-2025/order/\#(date.iso)""#))
            let page = try await browser.get("/d/kyushu-2025/order/\(date.iso)", client)
            #expect(page.status == .ok)
            let body = browser.formBody(["revision": Self.revision(in: page), "event": ids[0], "step": "1"], csrfFrom: page)
            let response = try await browser.post("/d/kyushu-2025/order/\(date.iso)", form: body, client)
            #expect(response.status == .seeOther)
            let after = TripDatabase.dateOnlyEvents(on: date, in: try await harness.database.delegation("kyushu-2025")).map(\.id)
            #expect(after == [ids[1], ids[0]] + ids.dropFirst(2))
            let shown = try await browser.get("/d/kyushu-2025/schedule", client).text
            let first = try #require(shown.range(of: #"id="\#(ids[1])""#))
            let second = try #require(shown.range(of: #"id="\#(ids[0])""#))
            #expect(first.lowerBound < second.lowerBound, "the schedule lists them in the new order")
        }
    }

    @Test("a move from a page showing an older order moves nothing: 409 with the order now stored")
    func staleOrder() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let (date, ids) = try await Self.day(harness)
            let page = try await browser.get("/d/kyushu-2025/order/\(date.iso)", client)
            let revision = Self.revision(in: page)
            let first = browser.formBody(["revision": revision, "event": ids[0], "step": "1"], csrfFrom: page)
            #expect(try await browser.post("/d/kyushu-2025/order/\(date.iso)", form: first, client).status == .seeOther)
            let again = browser.formBody(["revision": revision, "event": ids[1], "step": "1"], csrfFrom: page)
            let response = try await browser.post("/d/kyushu-2025/order/\(date.iso)", form: again, client)
            #expect(response.status == .conflict)
            let after = TripDatabase.dateOnlyEvents(on: date, in: try await harness.database.delegation("kyushu-2025")).map(\.id)
            #expect(after == [ids[1], ids[0]] + ids.dropFirst(2))
        }
    }

    @Test("only organisers order a day; a date that is not one is 404")
    func access() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/order/2025-09-01", client).status == .forbidden)
            var organiser = try await harness.signedIn("org", role: .organiser, client: client)
            #expect(try await organiser.get("/d/kyushu-2025/order/2025-13-45", client).status == .notFound)
            #expect(try await organiser.get("/d/no-trip/order/2025-09-01", client).status == .notFound)
        }
    }
}
