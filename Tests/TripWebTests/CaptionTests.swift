import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

@Suite struct CaptionTests {
    @Test func photoCaptionIsEdited() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let photo = try await #require(try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.first)
            let id = try #require(photo.id)
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/photos/\(id)/caption",
                form: browser.formBody(
                    ["caption": "新說明", "revision": EditRevision.of(caption: photo.caption)],
                    csrfFrom: page
                ),
                client
            )
            #expect(response.status == .seeOther)
            await #expect(try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.first?.caption == "新說明")
        }
    }
}
