import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// Warnings on logging from the phone (issue 11): a photo taken on another day, or a note by a
/// member not at the meeting, is kept; the page the save returns to warns and links the event it
/// more likely belongs to.
@Suite struct LoggingWarningWebTests {
    @Test func aPhotoTakenOnAnotherDayIsKeptAndThePageLinksThatDaysEvent() async throws {
        let h = try WebHarness.make()
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/today?event=fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "back": "/d/kyushu-2025/today?event=fgn"],
                files: [("photos", "a.jpg", SamplePhotos.jpeg(taken: "2025:09:02 10:00:00", marker: 11))],
                client
            )
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/d/kyushu-2025/today?event=fgn&warn=photo."))
            let shown = try await browser.get(location, client)
            #expect(shown.text.contains("114 年 9 月 2 日") && shown.text.contains("已照樣存下"))
            let d = try await h.database.delegation("kyushu-2025")
            let better = try #require(d.events.first { $0.date == LocalDate(iso: "2025-09-02") })
            #expect(shown.text.contains("href=\"/d/kyushu-2025/e/\(better.id)\""))
            #expect(d.events.first { $0.id == "fgn" }?.photos.contains { $0.takenAt != nil && $0.file != nil } == true)
        }
    }

    @Test func aNoteByAMemberNotAtTheMeetingIsKeptAndThePageLinksTheMeetingTheyAttend() async throws {
        let h = try WebHarness.make(auth: true, seed: false)
        var text = try String(contentsOf: WebHarness.repo.appendingPathComponent("seeds/kyushu-2025.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  place: fgn\n", with: "  place: fgn\n  participants: [chang, hung]\n")
        let plan = h.folder.appendingPathComponent("split.yaml")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        _ = try PlanImporter(location: h.config.location).importFile(at: plan, into: h.database)
        try await h.run { client in
            var member = try await h.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/d/kyushu-2025/e/fgn", client)
            let response = try await member.post("/d/kyushu-2025/e/fgn/notes", form: member.formBody(["text": "新創補助說明"], csrfFrom: page), client)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/d/kyushu-2025/e/fgn?warn=note."))
            let shown = try await member.get(location, client)
            #expect(shown.text.contains("葉珀如不在") && shown.text.contains("前往「"))
            let notes = try await h.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.notes ?? []
            #expect(notes.contains { $0.text == "新創補助說明" && $0.author == "yeh" })
            var chang = try await h.signedIn("張峯源", role: .member, client: client)
            let own = try await chang.get("/d/kyushu-2025/e/fgn", client)
            let quiet = try await chang.post("/d/kyushu-2025/e/fgn/notes", form: chang.formBody(["text": "局長紀錄"], csrfFrom: own), client)
            #expect(quiet.headers[.location] == "/d/kyushu-2025/e/fgn")
        }
    }
}
