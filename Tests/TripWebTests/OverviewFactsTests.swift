import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// What the delegation's forms set is seen on the overview: the purpose, the contact person and
/// the report date, beside the cover facts.
@Suite struct OverviewFactsTests {
    @Test func theOverviewShowsThePurpose() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025", method: .get).text
            #expect(text.contains("<h2>目的</h2>"))
            #expect(text.contains("本次執行「114 年度臺中市創業輔導及創新交流計畫」"))
        }
    }

    @Test func theOverviewShowsTheReportDateAsAnROCDate() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025", method: .get).text
            #expect(text.contains("<dt>報告日期</dt><dd>114 年 11 月 4 日</dd>"))
        }
    }

    @Test func theContactChosenInTheDelegationFormIsNamedOnTheOverview() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            #expect(try await browser.get("/d/kyushu-2025", client).text.contains("<dt>聯絡人</dt>") == false)
            let page = try await browser.get("/d/kyushu-2025/edit", client)
            var values = TripDatabase.headerValues(of: try await harness.database.delegation("kyushu-2025"))
            values["contact"] = "yeh"
            values["revision"] = ItemEditTests.hidden("revision", in: page)
            #expect(try await browser.post("/d/kyushu-2025/edit", form: browser.formBody(values, csrfFrom: page), client).status == .seeOther)
            #expect(try await browser.get("/d/kyushu-2025", client).text.contains("<dt>聯絡人</dt><dd>葉珀如</dd>"))
        }
    }
}
