import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// Dates a page shows of what was logged are ROC dates in Chinese (`114 年 9 月 1 日`), as every
/// other date of the app, and ISO dates in English.
@Suite struct ShownDatesTests {
    @Test func aNoteShowsWhenItWasWrittenAsAnROCDateAndLocalTime() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.post("/d/kyushu-2025/e/fgn/notes", form: browser.formBody(["text": "會談紀要"], csrfFrom: page), client)
            let text = try await browser.get("/d/kyushu-2025/e/fgn", client).text
            // The harness's clock: 2025-09-01 10:30 in Fukuoka.
            #expect(text.contains("114 年 9 月 1 日 10:30 JST"))
            #expect(!text.contains("2025-09-01 10:30"))
        }
    }

    @Test func aPhotoShowsWhenItWasTakenAsAnROCDateAndLocalTime() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "caption": "交流"],
                files: [("photos", "a.jpg", SamplePhotos.jpeg(taken: "2025:09:01 10:20:00"))],
                client
            )
            let text = try await browser.get("/d/kyushu-2025/e/fgn", client).text
            #expect(text.contains("114 年 9 月 1 日 10:20 JST"))
            #expect(!text.contains("2025-09-01 10:20"))
        }
    }

    @Test func anOutcomeShowsItsDateAsAnROCDate() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let form = browser.formBody(["text": "同意互派人員", "date": "2025-09-01"], csrfFrom: page)
            #expect(try await browser.post("/d/kyushu-2025/e/fgn/outcomes", form: form, client).status == .seeOther)
            let text = try await browser.get("/d/kyushu-2025/e/fgn", client).text
            #expect(text.contains(#"同意互派人員 <span class="meta">114 年 9 月 1 日</span>"#))
        }
    }

    @Test func theEnglishPageShowsLoggedTimesAsISODates() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.post("/d/kyushu-2025/e/fgn/notes", form: browser.formBody(["text": "notes"], csrfFrom: page), client)
            let text = try await browser.get("/d/kyushu-2025/e/fgn?lang=en", client).text
            #expect(text.contains("2025-09-01 10:30 JST"))
        }
    }
}
