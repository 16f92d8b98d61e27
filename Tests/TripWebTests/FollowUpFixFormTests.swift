import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// A follow-up's correction form on the event page offers its owner among the members and its
/// status among the three (issue 11: owners are member ids); an owner stored as free text before
/// stays a text field.
@Suite struct FollowUpFixFormTests {
    @Test func theCorrectionFormOffersTheMembersAndTheStatusesWithTheStoredOnesSelected() async throws {
        let h = try WebHarness.make()
        _ = try await h.database.addFollowUp(FollowUp(task: "寄送感謝函", owner: "yeh"), delegation: "kyushu-2025", event: "fgn")
        try await h.run { client in
            var browser = Browser()
            let text = try await browser.get("/d/kyushu-2025/e/fgn", client).text
            #expect(text.contains("<option value=\"yeh\" selected>葉珀如</option>"))
            #expect(text.contains("<option value=\"open\" selected>待辦</option>") && text.contains("<option value=\"dropped\">取消</option>"))
        }
    }

    @Test func anOwnerStoredAsFreeTextStaysATextFieldAndOtherFieldsCanBeEdited() async throws {
        let h = try WebHarness.make()
        let id = try await h.database.addFollowUp(FollowUp(task: "聯絡窗口", owner: "日方承辦"), delegation: "kyushu-2025", event: "fgn")
        let revision = try #require(
            try await h.database.loggedEntries(delegation: "kyushu-2025", event: "fgn").first { $0.item == .followUp(id) }?.revision
        )
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            #expect(page.text.contains("<input name=\"owner\" type=\"text\" value=\"日方承辦\">"))
            let edited = try await browser.post(
                "/d/kyushu-2025/e/fgn/items/follow-up/\(id)/edit",
                form: browser.formBody(["revision": revision, "task": "聯絡日方窗口", "status": "done"], csrfFrom: page),
                client
            )
            #expect(edited.status == .seeOther)
            let stored = try await h.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.followUps.first
            #expect(stored?.task == "聯絡日方窗口" && stored?.owner == "日方承辦" && stored?.status == .done)
        }
    }

    @Test func fillingAPlaceholderWithAPhotoOfAnotherDayWarnsOnThePageItReturnsTo() async throws {
        let h = try WebHarness.make()
        let placeholder = try #require(
            try await h.database.delegation("kyushu-2025").events.first { $0.id == "yanagibashi" }?.photos.first { $0.file == nil }?.id
        )
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/yanagibashi", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/yanagibashi/photos/\(placeholder)/file",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photo", "p.jpg", SamplePhotos.jpeg(taken: "2025:09:03 10:00:00", marker: 12))],
                client
            )
            let location = try #require(response.headers[.location])
            #expect(location == "/d/kyushu-2025/e/yanagibashi?warn=photo.\(placeholder)#recent")
            let shown = try await browser.get(location, client)
            #expect(shown.text.contains("114 年 9 月 3 日") && shown.text.contains("已照樣存下"))
        }
    }
}
