import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore
import ZIPFoundation

@testable import TripWeb

@Suite struct PageTests {
    @Test func listShowsTheSeedDelegation() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("創業輔導及創新交流計畫"))
            #expect(response.text.contains(#"<html lang="zh-Hant-TW">"#))
        }
    }

    @Test func englishSwitchTranslatesThePage() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025/schedule?lang=en", method: .get)
            #expect(response.text.contains("Schedule"))
            #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("tw_lang=en") })
        }
    }

    @Test func overviewShowsCoverMembersAndDiagnostics() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025", method: .get).text
            #expect(text.contains("張峯源局長等 4 人"))
            #expect(text.contains("葉珀如"))
            #expect(text.contains("行程檢查"))
        }
    }

    @Test func scheduleListsDaysLegsAndStays() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/schedule", method: .get).text
            #expect(text.contains("114 年 9 月 1 日（星期一）"))
            #expect(text.contains("JX840 星宇航空"))
            #expect(text.contains("柳橋聯合市場"))
        }
    }

    @Test func memberScheduleOnlyListsTheirItems() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/schedule?member=yeh", method: .get).text
            #expect(text.contains("葉珀如 股長"))
        }
    }

    @Test func todayShowsTheFirstEventOfTheDayInFukuoka() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/today", method: .get).text
            #expect(text.contains("10:30 UTC+9") || text.contains("10:30 JST"))
            #expect(text.contains("目前會談"))
            #expect(text.contains("柳橋聯合市場"))
            #expect(text.contains(#"action="/d/kyushu-2025/e/yanagibashi/notes""#))
        }
    }

    @Test func todayLetsTheUserPickAnotherMeeting() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/today?event=fgn", method: .get).text
            #expect(text.contains(#"action="/d/kyushu-2025/e/fgn/notes""#))
        }
    }

    @Test func unknownDelegationIsA404Page() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/nowhere", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("nowhere"))
        }
    }

    @Test func everyPageCarriesSecurityHeaders() async throws {
        try await WebHarness.make().run { client in
            for uri in ["/", "/d/kyushu-2025/schedule", "/d/nowhere", "/static/app.css"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(uri)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
            }
        }
    }

    @Test func missingTemplateIsAnErrorNotACrash() async throws {
        let harness = try WebHarness.make(seed: false)
        let pages = try await Pages(resources: WebHarness.repo.appendingPathComponent("Sources/TripWeb/Resources"))
        let context = WebContext(logger: .init(label: "test"))
        #expect(throws: WebError.self) { try pages.render("no-such-page", [:], context: context) }
        try? FileManager.default.removeItem(at: harness.folder)
    }

    @Test func reportPageOffersEveryKindAndFormat() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/report", method: .get).text
            #expect(text.contains("/d/kyushu-2025/report/trip/docx"))
            #expect(text.contains("/d/kyushu-2025/report/council/odt"))
        }
    }

    @Test func reportDownloadsAsAnAttachment() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025/report/trip/md", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(response.text.contains("摘要"))
        }
    }

    @Test func htmlReportWithPhotosDownloadsAsAZipHoldingThePageAndItsImages() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let upload = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "caption": "與 FGN 團隊交流"],
                files: [("photos", "a.jpg", SamplePhotos.jpeg(marker: 1))],
                client
            )
            #expect(upload.status == .seeOther)
            let response = try await browser.get("/d/kyushu-2025/report/trip/html", client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/zip")
            #expect(response.headers[.contentDisposition]?.contains("kyushu-2025-trip-html.zip") == true)
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            let images = archive.map(\.path).filter { $0.hasPrefix("images/") }
            #expect(images.count == 1)
            let entry = try #require(archive["kyushu-2025-出國報告.html"])
            var html = Data()
            _ = try archive.extract(entry) { html.append($0) }
            #expect(String(decoding: html, as: UTF8.self).contains("src=\"\(images[0])\""))
        }
    }

    @Test func signOutIsOfferedOnlyWhenThereIsASignIn() async throws {
        try await WebHarness.make().run { client in
            let local = try await client.execute(uri: "/", method: .get).text
            #expect(!local.contains("action=\"/signout\""))
        }
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var browser = try await harness.signedIn("王小明", role: .organiser, client: client)
            #expect(try await browser.get("/", client).text.contains("action=\"/signout\""))
        }
    }

    @Test func reportPageListsTheTripReportFirst() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/report", method: .get).text
            let trip = try #require(text.range(of: "/report/trip/docx"))
            let council = try #require(text.range(of: "/report/council/docx"))
            #expect(trip.lowerBound < council.lowerBound)
        }
    }
}
