import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripApp
import TripStore

@testable import TripWeb

/// The small things seen on the pages (issue 11): names kept whole, each language's punctuation,
/// the press in date order, the report's formats, the landing day of an overnight flight.
@Suite struct PageFixTests {
    @Test("the members table keeps each name on one line and scrolls instead of breaking it")
    func memberNamesAreNotBroken() async throws {
        try await WebHarness.make().run { client in
            let page = try await client.execute(uri: "/d/kyushu-2025", method: .get).text
            #expect(page.contains(#"<td class="person"><a href="/d/kyushu-2025/schedule?member="#))
            #expect(page.contains(#"<div class="table-scroll"><table class="members">"#))
            let css = try await client.execute(uri: "/static/app.css", method: .get).text
            #expect(css.contains("table.members td.person, table.members th { white-space: nowrap; }"))
        }
    }

    @Test("on a desktop the title and tabs are held to the same centred width as the content")
    func tripHeaderIsCentredLikeTheContent() async throws {
        try await WebHarness.make().run { client in
            let css = try await client.execute(uri: "/static/app.css", method: .get).text
            #expect(css.contains("main { padding: .8rem .9rem 2rem; max-width: 60rem; margin: 0 auto; }"))
            // 60rem of main less its 1.5rem padding on each side on a desktop.
            #expect(css.contains(".trip > h1, .trip > .period, .trip > nav.tabs { max-width: 57rem; margin-left: auto; margin-right: auto; }"))
        }
    }

    @Test("the English pages use a half-width colon and parentheses, the Chinese ones full-width")
    func punctuationFollowsTheLanguage() async throws {
        try await WebHarness.make().run { client in
            let en = try await client.execute(uri: "/d/kyushu-2025/e/yanagibashi?lang=en", method: .get).text
            #expect(en.contains("Members: "))
            #expect(!en.contains("Members："))
            let zh = try await client.execute(uri: "/d/kyushu-2025/e/yanagibashi?lang=zh", method: .get).text
            #expect(zh.contains("出國人員："))
            let overviewEN = try await client.execute(uri: "/d/kyushu-2025?lang=en", method: .get).text
            #expect(overviewEN.contains("Plan file (YAML)"))
            let overviewZH = try await client.execute(uri: "/d/kyushu-2025?lang=zh", method: .get).text
            #expect(overviewZH.contains("計畫檔（YAML）"))
            #expect(!overviewZH.contains("計畫檔 (YAML)"))
            let scheduleZH = try await client.execute(uri: "/d/kyushu-2025/schedule?lang=zh", method: .get).text
            #expect(scheduleZH.contains("（FUK）"))
            #expect(!scheduleZH.contains(" (FUK)"))
            let scheduleEN = try await client.execute(uri: "/d/kyushu-2025/schedule?lang=en", method: .get).text
            #expect(scheduleEN.contains(" (FUK)"))
            #expect(!scheduleEN.contains("（FUK）"))
        }
    }

    @Test("the members form names each row's member and offers the roles in the page's language only")
    func membersFormSpeaksOneLanguage() async throws {
        try await WebHarness.make().run { client in
            let zh = try await client.execute(uri: "/d/kyushu-2025/members/edit?lang=zh", method: .get).text
            #expect(zh.contains("<legend>張峯源</legend>"))
            #expect(zh.contains(#"<option value="leader" selected>團長</option>"#) && zh.contains(#"<option value="member" >團員</option>"#))
            #expect(!zh.contains("Member</option>"))
            let en = try await client.execute(uri: "/d/kyushu-2025/members/edit?lang=en", method: .get).text
            #expect(en.contains(#"<option value="leader" selected>Leader</option>"#) && !en.contains("團長</option>"))
        }
    }

    @Test("the press page lists clippings by date of publication, whatever the plan's order")
    func pressIsInDateOrder() async throws {
        try await WebHarness.make().run { client in
            let page = try await client.execute(uri: "/d/kyushu-2025/press?lang=en", method: .get).text
            let dates = page.matches(of: #/<div class="meta">(\d{4}-\d{2}-\d{2}) · /#).map { String($0.1) }
            #expect(dates.count == 14)
            #expect(dates == dates.sorted())
            #expect(dates.first == "2025-09-02")
            let zh = try await client.execute(uri: "/d/kyushu-2025/press?lang=zh", method: .get).text
            #expect(zh.contains("114 年 9 月 2 日 · "))
        }
    }

    @Test("the report page offers the filed documents first, Markdown last, and the abstract's upload fields as JSON and CSV")
    func reportFormatsInOrderWithAbstractFields() async throws {
        try await WebHarness.make().run { client in
            let page = try await client.execute(uri: "/d/kyushu-2025/report", method: .get).text
            let trip = page.matches(of: #/\/d\/kyushu-2025\/report\/trip\/([a-z]+)"/#).map { String($0.1) }
            #expect(trip == ["odt", "docx", "pdf", "html", "md"])
            let abstract = page.matches(of: #/\/d\/kyushu-2025\/report\/abstract\/([a-z]+)"/#).map { String($0.1) }
            #expect(abstract == ["odt", "docx", "pdf", "html", "md", "json", "csv"])
            #expect(Set(ReportController.offered) == Set(ReportFormat.allCases))
        }
    }

    @Test("the abstract's upload fields download as JSON and CSV; a kind without them answers 404")
    func abstractFieldsDownload() async throws {
        try await WebHarness.make().run { client in
            let json = try await client.execute(uri: "/d/kyushu-2025/report/abstract/json", method: .get)
            #expect(json.status == .ok)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            let object = try JSONSerialization.jsonObject(with: Data(buffer: json.body))
            #expect("\(object)".contains("計畫名稱"))
            let csv = try await client.execute(uri: "/d/kyushu-2025/report/abstract/csv", method: .get)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(String(buffer: csv.body).contains("報告名稱"))
            #expect(try await client.execute(uri: "/d/kyushu-2025/report/trip/json", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/d/kyushu-2025/report/abstract/xml", method: .get).status == .notFound)
        }
    }

    @Test("the schedule shows an overnight flight again on the day it lands, with the local landing time")
    func scheduleShowsTheLandingDay() async throws {
        let harness = try WebHarness.make(seed: false)
        let plan = """
            tripwright: 1
            id: boston-2026
            title: 赴美國波士頓考察
            category: 考察
            agency: 臺中市政府經濟發展局
            home: 臺中市
            start: 2026-03-10
            end: 2026-03-14
            members:
            - id: lin
              name: 林志明
              title: 科長
              unit: 產業發展科
              role: leader
            legs:
            - id: out
              mode: flight
              number: BR52
              from: TPE
              to: BOS
              depart: 2026-03-10 23:40
              arrive: 2026-03-11 06:10
            - id: back
              mode: flight
              number: BR51
              from: BOS
              to: TPE
              depart: 2026-03-13 23:55
              arrive: 2026-03-15 05:30
            """
        let file = harness.folder.appendingPathComponent("boston.yaml")
        try plan.write(to: file, atomically: true, encoding: .utf8)
        _ = try PlanImporter(location: harness.config.location).importFile(at: file, into: harness.database)
        try await harness.run { client in
            let zh = try await client.execute(uri: "/d/boston-2026/schedule?lang=zh", method: .get).text
            let day = try #require(zh.range(of: #"id="d2026-03-11""#))
            let nextDay = try #require(zh.range(of: #"id="d2026-03-12""#))
            let eleventh = String(zh[day.upperBound..<nextDay.lowerBound])
            #expect(eleventh.contains(#"id="out-lands""#))
            #expect(eleventh.contains("抵達"))
            #expect(eleventh.contains("06:10"))
            #expect(eleventh.contains("出發日 3/10"))
            // A landing after the trip's last day is still shown on its own day.
            #expect(zh.contains(#"id="d2026-03-15""#))
            #expect(zh.contains(#"id="back-lands""#))
            let en = try await client.execute(uri: "/d/boston-2026/schedule?lang=en", method: .get).text
            #expect(en.contains("Lands"))
            #expect(en.contains("left on 3/10"))
        }
    }
}
