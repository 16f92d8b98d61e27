import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TripWeb

/// The outline page's drag-free controls: each button one change, a stale page 409.
@Suite struct OutlinePageTests {
    /// The page's form fields for a section's control.
    func form(_ page: TestResponse, section: String, action: String, heading: String? = nil) -> String {
        let revision = page.text.firstMatch(of: /name="revision" value="(\d+)"/).map { String($0.1) } ?? ""
        var fields = ["csrf=\(Browser.csrf(in: page))", "revision=\(revision)", "section=\(section)", "action=\(action)"]
        if let heading { fields.append("heading=" + (heading.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
        return fields.joined(separator: "&")
    }

    @Test func theOutlinePageListsTheSeedsSectionsWithTheirControls() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/outline/trip", method: .get).text
            #expect(text.contains("台北駐福岡經濟文化分處、福岡台灣貿易投資中心"))
            #expect(text.contains("value=\"merge\""))
            #expect(text.contains("value=\"split\""))
            #expect(text.contains("不列入本文"))
        }
    }

    @Test func mergingTwoSectionsShowsThemAsOneInTheReport() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            let saved = try await browser.post("/d/kyushu-2025/outline/trip", form: form(page, section: "1", action: "merge"), client)
            #expect(saved.status == .seeOther)
            let md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("二、柳橋聯合市場、Fukuoka Growth Next 新創基地"))
        }
    }

    @Test func renamingAndHidingShowInTheReport() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            var page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            _ = try await browser.post("/d/kyushu-2025/outline/trip", form: form(page, section: "2", action: "rename", heading: "新創基地參訪"), client)
            page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            _ = try await browser.post("/d/kyushu-2025/outline/trip", form: form(page, section: "3", action: "hide"), client)
            let md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("三、新創基地參訪"))
            #expect(!md.contains("、馬林展覽館福岡 A 館 {#"))
        }
    }

    @Test func aSectionsOwnTextReplacesItsNotesInTheReport() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            #expect(page.text.contains("草稿內容"))
            let text = "新創基地以育成與媒合為核心。".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let saved = try await browser.post(
                "/d/kyushu-2025/outline/trip",
                form: form(page, section: "2", action: "text") + "&text=\(text)",
                client
            )
            #expect(saved.status == .seeOther)
            let md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("新創基地以育成與媒合為核心。"))
        }
    }

    @Test func aStalePageSavesNothingAndComesBackWith409() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            let first = try await browser.post("/d/kyushu-2025/outline/trip", form: form(page, section: "1", action: "down"), client)
            #expect(first.status == .seeOther)
            let stale = try await browser.post("/d/kyushu-2025/outline/trip", form: form(page, section: "1", action: "merge"), client)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("已被他人修改"))
            let md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("二、Fukuoka Growth Next 新創基地"))
            #expect(md.contains("三、柳橋聯合市場"))
        }
    }

    @Test func movingTheFirstSectionUpIsRefusedInTheUsersWords() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            let refused = try await browser.post("/d/kyushu-2025/outline/trip", form: form(page, section: "1", action: "up"), client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("無法上移"))
        }
    }

    @Test func aFormWithoutARevisionChangesNothing() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/outline/trip", client)
            let response = try await browser.post(
                "/d/kyushu-2025/outline/trip",
                form: "csrf=\(Browser.csrf(in: page))&section=1&action=down&revision=99999999999999999999",
                client
            )
            #expect(response.status != .seeOther)
        }
    }
}
