import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripApp
import TripModel
import TripStore

@testable import TripWeb

/// Every list page shows a page of its list with links to the others (issue 14 §2).
@Suite struct PaginationTests {
    /// The harness with the Kyushu seed and `extra` more delegations (ids `trip-000`…).
    static func harness(extra: Int) throws -> WebHarness {
        let harness = try WebHarness.make()
        var d = try harness.database.delegation("kyushu-2025")
        d.press = []
        for i in d.events.indices { d.events[i].photos = [] }
        for i in 0..<extra {
            d.id = String(format: "trip-%03d", i)
            _ = try harness.database.importPlan(d)
        }
        return harness
    }

    /// The delegation ids a front page links to, in order.
    static func listed(_ response: TestResponse) -> [String] {
        let html = String(buffer: response.body)
        return html.components(separatedBy: "<li class=\"card\"><a href=\"/d/").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }

    @Test func frontPageShowsFiftyDelegationsAPageAndLinksTheNext() async throws {
        let harness = try Self.harness(extra: 109)
        let all = try await harness.database.delegations().map(\.id)
        try await harness.run { client in
            var browser = Browser()
            let first = try await browser.get("/", client)
            let firstHTML = String(buffer: first.body)
            #expect(Self.listed(first) == Array(all.prefix(50)))
            #expect(firstHTML.contains(#"<a href="/?page=2" rel="next">"#))
            #expect(!firstHTML.contains(#"rel="prev""#))
            let second = try await browser.get("/?page=2", client)
            #expect(Self.listed(second) == Array(all[50..<100]))
            #expect(String(buffer: second.body).contains(#"<a href="/" rel="prev">"#))
            let last = try await browser.get("/?page=3", client)
            #expect(Self.listed(last) == Array(all[100...]))
            #expect(!String(buffer: last.body).contains(#"rel="next""#))
        }
    }

    @Test func aListOfOnePageShowsNoPager() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/", client)
            #expect(Self.listed(page) == ["kyushu-2025"])
            #expect(!String(buffer: page.body).contains("class=\"pager\""))
        }
    }

    @Test func aPagePastTheLastIsEmptyWithAWayBackNotTheFirstSteps() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/?page=9", client)
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            #expect(Self.listed(page).isEmpty)
            #expect(html.contains(#"<a href="/?page=8" rel="prev">"#))
            #expect(!html.contains("/plan/example"))
        }
    }

    @Test(arguments: ["0", "-1", "abc", "2.5", "", "１", "99999999999999999999", "1000001"])
    func aPageNumberThatIsNotOneIsRefusedSayingWhatItMustBe(_ value: String) async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let query = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            for path in ["/", "/d/kyushu-2025/press"] {
                let response = try await browser.get("\(path)?page=\(query)", client)
                #expect(response.status == .badRequest, "\(path) \(value)")
                #expect(String(buffer: response.body).contains("?page=2"), "\(path) \(value)")
            }
        }
    }

    @Test func pressPageShowsFiftyClippingsAPage() async throws {
        let harness = try WebHarness.make()
        let day = LocalDate(iso: "2025-09-01") ?? LocalDate(dayNumber: 0)
        for i in 0..<55 {
            _ = try await harness.database.logPress(
                delegation: "kyushu-2025",
                id: String(format: "p%03d", i),
                change: PressChange(date: day, outlet: String(format: "報社%03d", i))
            )
        }
        let total = try await harness.database.delegation("kyushu-2025").press.count
        try await harness.run { client in
            var browser = Browser()
            let first = String(buffer: try await browser.get("/d/kyushu-2025/press", client).body)
            let second = String(buffer: try await browser.get("/d/kyushu-2025/press?page=2", client).body)
            let count = { (html: String) in html.components(separatedBy: "<li class=\"card\">").count - 1 }
            #expect(count(first) == 50)
            #expect(count(second) == total - 50)
            #expect(first.contains(#"<a href="/d/kyushu-2025/press?page=2" rel="next">"#))
            #expect(second.contains(#"<a href="/d/kyushu-2025/press" rel="prev">"#))
        }
    }

    @Test func eventPageShowsItsNewestNotesAndPagesBackToOlderOnes() async throws {
        let harness = try WebHarness.make()
        let before = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").count
        for i in 0..<(60 - before) {
            _ = try await harness.database.addNote(delegation: "kyushu-2025", event: "fgn", text: "筆記 \(i)", author: nil)
        }
        let texts = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").map(\.text)
        try await harness.run { client in
            let count = { (html: String) in html.components(separatedBy: "<li class=\"note\">").count - 1 }
            var browser = Browser()
            let newest = String(buffer: try await browser.get("/d/kyushu-2025/e/fgn", client).body)
            #expect(count(newest) == 10)
            #expect(newest.contains(texts[59]) && !newest.contains(">\(texts[49])<"))
            #expect(newest.contains(#"<a href="/d/kyushu-2025/e/fgn" rel="prev">"#))
            let oldest = String(buffer: try await browser.get("/d/kyushu-2025/e/fgn?page=1", client).body)
            #expect(count(oldest) == 50)
            #expect(oldest.contains(#"<a href="/d/kyushu-2025/e/fgn?page=2" rel="next">"#))
            #expect(oldest.contains(#"<input type="hidden" name="back" value="/d/kyushu-2025/e/fgn">"#))
            #expect(newest.contains(#"<input type="hidden" name="back" value="/d/kyushu-2025/e/fgn?page=2">"#))
            #expect(try await browser.get("/d/kyushu-2025/e/fgn?page=zero", client).status == .badRequest)
        }
    }

    @Test func theNotesPageShownWithoutANumberHoldsTheNoteWhoseEditIsShownAgain() {
        let notes = (1...120).map { Int64($0) }
        #expect(EventController.defaultNotesPage(notes, retrying: nil).number == 3)
        #expect(EventController.defaultNotesPage(notes, retrying: "note-7").number == 1)
        #expect(EventController.defaultNotesPage(notes, retrying: "note-51").number == 2)
        #expect(EventController.defaultNotesPage(notes, retrying: "note").number == 3)
        #expect(EventController.defaultNotesPage([], retrying: nil).number == 1)
    }
}
