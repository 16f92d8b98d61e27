import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// A photo sent again from the phone (issue 11): the page it comes back to says the photo was
/// already there and what became of the caption.
@Suite struct PhotoAgainWebTests {
    @Test func aPhotoSentAgainWithANewCaptionUpdatesItAndThePageSaysSo() async throws {
        let h = try WebHarness.make()
        let data = SamplePhotos.jpeg(marker: 7)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/today?event=fgn", client)
            let fields = ["csrf": Browser.csrf(in: page), "caption": "舊說明", "back": "/d/kyushu-2025/today?event=fgn"]
            let first = try await browser.postMultipart("/d/kyushu-2025/e/fgn/photos", fields: fields, files: [("photos", "a.jpg", data)], client)
            #expect(first.headers[.location] == "/d/kyushu-2025/today?event=fgn")
            var again = fields
            again["caption"] = "與新創團隊合影"
            let second = try await browser.postMultipart("/d/kyushu-2025/e/fgn/photos", fields: again, files: [("photos", "a.jpg", data)], client)
            #expect(second.status == .seeOther)
            let location = try #require(second.headers[.location])
            #expect(location.hasPrefix("/d/kyushu-2025/today?event=fgn&already=") && location.hasSuffix(".caption-updated"))
            let shown = try await browser.get(location, client)
            #expect(shown.text.contains("未重複加入") && shown.text.contains("說明已改為這次填寫的說明"))
            let photos = try await h.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos ?? []
            #expect(photos.filter { $0.caption == "與新創團隊合影" }.count == 1 && !photos.contains { $0.caption == "舊說明" })
        }
    }

    @Test func aPhotoSentAgainWithoutACaptionChangesNothingAndTheEventPageSaysWhy() async throws {
        let h = try WebHarness.make()
        let data = SamplePhotos.jpeg(marker: 8)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let csrf = Browser.csrf(in: page)
            _ = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": csrf, "caption": "說明"],
                files: [("photos", "a.jpg", data)],
                client
            )
            let second = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": csrf],
                files: [("photos", "a.jpg", data)],
                client
            )
            let location = try #require(second.headers[.location])
            #expect(location.hasPrefix("/d/kyushu-2025/e/fgn?already=") && location.hasSuffix(".no-caption"))
            let shown = try await browser.get(location, client)
            #expect(shown.text.contains("沒有填寫新的說明"))
        }
    }

    @Test func aMalformedAlreadyValueShowsNothing() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn?already=x.<script>,99999999999999999999.caption-updated", client)
            #expect(page.status == .ok && !page.text.contains("未重複加入"))
        }
    }
}
