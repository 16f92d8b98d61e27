import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TripWeb

/// The report text page: one form per prose field, a save per form, 409 with both versions.
@Suite struct ProsePageTests {
    /// The revision the page's form for a field carries.
    func revision(_ page: TestResponse, field: String) -> String {
        guard let form = page.text.range(of: "action=\"/d/kyushu-2025/report/text/\(field)\"") else { return "" }
        let rest = page.text[form.upperBound...]
        return rest.firstMatch(of: /name="revision" value="([0-9a-f]+)"/).map { String($0.1) } ?? ""
    }

    func form(_ browser: Browser, _ page: TestResponse, field: String, text: String, theme: String? = nil) -> String {
        var fields = ["revision": revision(page, field: field), "text": text]
        if let theme { fields["theme"] = theme }
        return browser.formBody(fields, csrfFrom: page)
    }

    @Test func thePageShowsEachFieldWithItsDraftedPromptAndTheSummarysCount() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/report/text", client)
            #expect(page.status == .ok)
            for key in ["purpose", "summary", "reflection-1", "suggestions"] {
                #expect(page.text.contains("action=\"/d/kyushu-2025/report/text/\(key)\""), "\(key)")
            }
            #expect(page.text.contains("留空時報告印出的內容") && page.text.contains("【待填】"))
            #expect(page.text.contains("data-count=\"count-summary\"") && page.text.contains("應為 200–300 字"))
        }
    }

    @Test func theReportPageLinksToTheReportTextPage() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/report", method: .get).text
            #expect(text.contains("href=\"/d/kyushu-2025/report/text\""))
        }
    }

    @Test func savingTheSummaryShowsItInTheReportAndSaysSo() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/report/text", client)
            let saved = try await browser.post(
                "/d/kyushu-2025/report/text/summary",
                form: form(browser, page, field: "summary", text: "網頁寫的新摘要。"),
                client
            )
            #expect(saved.status == .seeOther)
            let location = saved.headers[.location] ?? ""
            #expect(location == "/d/kyushu-2025/report/text?saved=summary#summary")
            let after = try await browser.get("/d/kyushu-2025/report/text?saved=summary", client)
            #expect(after.text.contains("已儲存「摘要」。"))
            #expect(after.text.contains("字數 <strong>8</strong>"))
            let md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("網頁寫的新摘要。"))
        }
    }

    @Test func aSaveOverTextChangedMeanwhileIs409WithBothVersionsAndKeepsWhatWasTyped() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/report/text", client)
            _ = try await browser.post(
                "/d/kyushu-2025/report/text/suggestions",
                form: form(browser, page, field: "suggestions", text: "甲的建議。"),
                client
            )
            let stale = try await browser.post(
                "/d/kyushu-2025/report/text/suggestions",
                form: form(browser, page, field: "suggestions", text: "乙的建議。"),
                client
            )
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("甲的建議。") && stale.text.contains("乙的建議。"))
            #expect(stale.text.contains("已被他人修改"))
            let md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("甲的建議。") && !md.contains("乙的建議。"))
            // Saving again from the conflict page is a choice made with both in view: it saves.
            let again = try await browser.post(
                "/d/kyushu-2025/report/text/suggestions",
                form: form(browser, stale, field: "suggestions", text: "乙的建議。"),
                client
            )
            #expect(again.status == .seeOther)
        }
    }

    @Test func aRefusedTextComesBackWith422AndWhatWasTyped() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/report/text", client)
            let refused = try await browser.post(
                "/d/kyushu-2025/report/text/purpose",
                form: form(browser, page, field: "purpose", text: "目的\u{202E}反轉"),
                client
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("「目的」含有文字方向控制字元 U+202E"))
            #expect(refused.text.contains("目的\u{202E}反轉"))
        }
    }

    @Test func addingAndRemovingAReflection() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            var page = try await browser.get("/d/kyushu-2025/report/text", client)
            let count = page.text.matches(of: /class="prose-remove"/).count
            let key = "reflection-\(count + 1)"
            let added = try await browser.post(
                "/d/kyushu-2025/report/text/\(key)",
                form: form(browser, page, field: key, text: "新增的心得。", theme: "新主題"),
                client
            )
            #expect(added.status == .seeOther)
            var md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(md.contains("新主題") && md.contains("新增的心得。"))
            page = try await browser.get("/d/kyushu-2025/report/text", client)
            // The remove button asks for a tick first: without it nothing is removed.
            let remove = ["revision": revision(page, field: key), "text": "", "remove": "yes"]
            let unticked = try await browser.post("/d/kyushu-2025/report/text/\(key)", form: browser.formBody(remove, csrfFrom: page), client)
            #expect(unticked.status == .unprocessableContent && unticked.text.contains("請先勾選「確定刪除」"))
            #expect(unticked.text.contains("新增的心得。"))
            var ticked = remove
            ticked["confirm"] = "yes"
            let removed = try await browser.post("/d/kyushu-2025/report/text/\(key)", form: browser.formBody(ticked, csrfFrom: page), client)
            #expect(removed.status == .seeOther)
            md = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get).text
            #expect(!md.contains("新增的心得。"))
        }
    }

    @Test func anUnknownFieldIs404AndAFormWithoutARevisionSavesNothing() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/report/text", client)
            let unknown = try await browser.post("/d/kyushu-2025/report/text/title", form: form(browser, page, field: "summary", text: "x"), client)
            #expect(unknown.status == .notFound)
            let tooFar = try await browser.post(
                "/d/kyushu-2025/report/text/reflection-99999999999999999999",
                form: form(browser, page, field: "summary", text: "x"),
                client
            )
            #expect(tooFar.status == .notFound)
            let bare = try await browser.post("/d/kyushu-2025/report/text/summary", form: browser.formBody(["text": "x"], csrfFrom: page), client)
            #expect(bare.status == .badRequest)
        }
    }

    @Test func aViewerAndAMemberWhoIsNotTheLeaderGet403() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("訪客", role: .viewer, client: client)
            #expect(try await viewer.get("/d/kyushu-2025/report/text", client).status == .forbidden)
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            #expect(try await member.get("/d/kyushu-2025/report/text", client).status == .forbidden)
            let report = try await member.get("/d/kyushu-2025/report", client)
            #expect(!report.text.contains("/report/text"))
            var leader = try await harness.signedIn("張峯源", role: .member, client: client)
            let page = try await leader.get("/d/kyushu-2025/report/text", client)
            #expect(page.status == .ok)
            let saved = try await leader.post(
                "/d/kyushu-2025/report/text/purpose",
                form: form(leader, page, field: "purpose", text: "團長寫的目的。"),
                client
            )
            #expect(saved.status == .seeOther)
        }
    }

    @Test func storedProseWithMarkupIsShownAsText() async throws {
        let harness = try WebHarness.make()
        let hostile = "\"><script>alert(1)</script>'{{csrf}}&amp;"
        var d = try await harness.database.delegation("kyushu-2025")
        d.summary = hostile
        d.reflections[0].theme = hostile
        _ = try await harness.database.importPlan(d)
        try await harness.run { client in
            let html = try await client.execute(uri: "/d/kyushu-2025/report/text", method: .get).text
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("'{{csrf}}") && html.contains("{{csrf}}&amp;amp;"))
        }
    }
}
