import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TripWeb

/// The report page tells what is left: each heading with its 【待填】 prompts and where they are
/// filled, the readiness findings, the report's warnings, a preview; downloads as before.
@Suite struct ReportPageTests {
    @Test func reportPageCountsThePromptsOfEachSectionAndLinksWhereTheyAreFilled() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/report", method: .get).text
            #expect(text.contains("還有哪些要完成"))
            // 柳橋's photos are captions without files: prompts, filled on its event page.
            #expect(text.contains("二、柳橋聯合市場 <span class=\"badge warning\">【待填】×"))
            #expect(text.contains("href=\"/d/kyushu-2025/e/yanagibashi\""))
            // The merged section and the renamed one, as the seed's outline shapes them.
            #expect(text.contains("五、台北駐福岡經濟文化分處、福岡台灣貿易投資中心"))
            #expect(text.contains("十五、拜會宮崎縣政府副知事佐藤弘之"))
            #expect(!text.contains("日南太陽花園"))
            // A heading with nothing left shows no count (never the page's total).
            #expect(text.contains("<li class=\"level-2\">一、參訪日程</li>"))
        }
    }

    @Test func reportPageShowsTheReadinessFindingsAndTheReportWarnings() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/report", method: .get).text
            #expect(text.contains("報告完成度檢查"))
            #expect(text.contains("製作報告時的注意事項"))
        }
    }

    @Test func reportPageShowsAnotherKindWhenAsked() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/report?kind=council", method: .get).text
            #expect(text.contains("<strong>議會專案報告</strong>"))
            #expect(text.contains("/d/kyushu-2025/preview/council"))
        }
    }

    @Test func anUnknownKindOnTheReportPageIsRefusedNamingTheKnownOnes() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025/report?kind=tirp", method: .get)
            #expect(response.status != .ok)
            #expect(response.text.contains("trip"))
        }
    }

    @Test func thePreviewIsTheHTMLWritersPageWithItsOwnPolicy() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025/preview/trip", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.contentSecurityPolicy] == ReportController.previewPolicy)
            #expect(response.headers[.contentDisposition] == nil)
            #expect(response.text.contains("肆、過程"))
        }
    }

    @Test func otherPagesKeepTheStrictPolicy() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025/report", method: .get)
            #expect(response.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.policy)
        }
    }
}
