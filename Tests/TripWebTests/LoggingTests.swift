import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

@Suite struct LoggingTests {
    @Test func addedNoteAppearsOnTheEventPageEscaped() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let posted = try await browser.post(
                "/d/kyushu-2025/e/fgn/notes",
                form: browser.formBody(["text": "<script>alert(1)</script> 會談紀要"], csrfFrom: page),
                client
            )
            #expect(posted.status == .seeOther)
            let text = try await browser.get("/d/kyushu-2025/e/fgn", client).text
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; 會談紀要"))
            #expect(!text.contains("<script>alert(1)"))
        }
    }

    @Test func editKeepsThePreviousText() async throws {
        let harness = try WebHarness.make()
        let id = try await harness.database.addNote(delegation: "kyushu-2025", event: "fgn", text: "第一版", author: nil)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/notes/\(id)",
                form: browser.formBody(["text": "第二版", "revision": "1"], csrfFrom: page),
                client
            )
            #expect(response.status == .seeOther)
            let notes = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn")
            #expect(notes.last?.text == "第二版")
            #expect(notes.last?.previous == ["第一版"])
        }
    }

    @Test func secondEditOfTheSameRevisionIsToldNotSaved() async throws {
        let harness = try WebHarness.make()
        let id = try await harness.database.addNote(delegation: "kyushu-2025", event: "fgn", text: "原文", author: nil)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.post(
                "/d/kyushu-2025/e/fgn/notes/\(id)",
                form: browser.formBody(["text": "甲的修改", "revision": "1"], csrfFrom: page),
                client
            )
            let second = try await browser.post(
                "/d/kyushu-2025/e/fgn/notes/\(id)",
                form: browser.formBody(["text": "乙的修改", "revision": "1"], csrfFrom: page),
                client
            )
            #expect(second.status == .conflict)
            #expect(second.text.contains("甲的修改"))
            #expect(second.text.contains("乙的修改"))
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").last?.text == "甲的修改")
        }
    }

    @Test func concurrentNotesAreAllKept() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").count
            let forms = (0..<8).map { browser.formBody(["text": "同時 \($0)"], csrfFrom: page) }
            let snapshot = browser
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for form in forms {
                    group.addTask {
                        var b = snapshot
                        return try await b.post("/d/kyushu-2025/e/fgn/notes", form: form, client).status
                    }
                }
                for try await status in group { #expect(status == .seeOther) }
            }
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").count == before + 8)
        }
    }

    @Test func twoPhotosInOneUploadAreBothStoredWithTheirTimeTaken() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "caption": "與 FGN 團隊交流"],
                files: [
                    ("photos", "a.jpg", SamplePhotos.jpeg(marker: 1)),
                    ("photos", "b.jpg", SamplePhotos.jpeg(taken: "2025:09:01 11:05:00", marker: 2)),
                ],
                client
            )
            #expect(response.status == .seeOther)
            let photos = await (try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos ?? []).filter {
                $0.file != nil
            }
            #expect(photos.count == 2)
            #expect(photos.allSatisfy { $0.caption == "與 FGN 團隊交流" })
            // 10:20 in Fukuoka (UTC+9) is 01:20 UTC.
            #expect(photos.first?.takenAt == Date(timeIntervalSince1970: 1_756_689_600))
            // Stored under content-hash names, never the names the phone sent (a hex name may well
            // end in "a", so compare whole names).
            let names = photos.map { URL(fileURLWithPath: $0.file ?? "").lastPathComponent }
            #expect(names.allSatisfy { $0.hasSuffix(".jpg") && $0 != "a.jpg" && $0 != "b.jpg" })
            let text = try await browser.get("/d/kyushu-2025/e/fgn", client).text
            #expect(text.contains("/d/kyushu-2025/photo/"))
        }
    }

    @Test func uploadedPhotoIsServedWithItsCheckedType() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "x.png", SamplePhotos.jpeg())],
                client
            )
            let id = try await harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.first { $0.file != nil }?.id ?? 0
            let response = try await browser.get("/d/kyushu-2025/photo/\(id)", client)
            #expect(response.headers[.contentType] == "image/jpeg")
        }
    }

    @Test func outcomeFollowUpAndCounterpartAreLogged() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.post("/d/kyushu-2025/e/fgn/outcomes", form: browser.formBody(["text": "同意互訪"], csrfFrom: page), client)
            _ = try await browser.post(
                "/d/kyushu-2025/e/fgn/followups",
                form: browser.formBody(["task": "寄送感謝函", "due": "2025-09-30"], csrfFrom: page),
                client
            )
            _ = try await browser.post(
                "/d/kyushu-2025/e/fgn/counterparts",
                form: browser.formBody(["name": "山田太郎", "title": "部長"], csrfFrom: page),
                client
            )
            let e = try await harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }
            #expect(e?.outcomes.map(\.text) == ["同意互訪"])
            #expect(e?.followUps.first?.due?.iso == "2025-09-30")
            #expect(e?.counterparts.contains { $0.name == "山田太郎" } == true)
        }
    }

    @Test func pressClippingIsAdded() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/press", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/press",
                fields: [
                    "csrf": Browser.csrf(in: page), "outlet": "工商時報", "date": "2025-09-03", "headline": "中市赴九州取經", "url": "https://example.com/a",
                ],
                files: [("image", "clip.jpg", SamplePhotos.jpeg())],
                client
            )
            #expect(response.status == .seeOther)
            let press = try await harness.database.delegation("kyushu-2025").press
            #expect(press.contains { $0.outlet == "工商時報" && $0.image != nil })
        }
    }

    @Test func pressLinkMustBeHTTP() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/press", client)
            let response = try await browser.post(
                "/d/kyushu-2025/press",
                form: browser.formBody(["outlet": "X", "date": "2025-09-03", "url": "javascript:alert(1)"], csrfFrom: page),
                client
            )
            // Refused on the form, the link field marked and what was typed kept.
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("http:// 或 https://"))
            #expect(response.text.contains("value=\"javascript:alert(1)\""))
        }
    }

    @Test func planUploadErrorsAreShownAtTheirLines() async throws {
        try await WebHarness.make(seed: false).run { client in
            var browser = Browser()
            let page = try await browser.get("/plan", client)
            let yaml =
                "tripwright: 1\nid: bad-trip\ntitle: 測試\ncategory: 考察\nagency: 某局\nhome: 臺中市\nstart: 2025-13-01\nend: 2025-09-06\nmembers: []\n"
            let response = try await browser.postMultipart(
                "/plan",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("plan", "bad.yaml", Data(yaml.utf8))],
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("bad.yaml:7:"))
            #expect(response.text.contains(#"id="L7""#))
        }
    }

    @Test func planUploadImportsTheSeed() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/plan", client)
            let data = try Data(contentsOf: WebHarness.repo.appendingPathComponent("seeds/kyushu-2025.yaml"))
            let response = try await browser.postMultipart(
                "/plan",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("plan", "kyushu-2025.yaml", data)],
                client
            )
            #expect(response.status == .seeOther)
            await #expect(try harness.database.delegations().map(\.id) == ["kyushu-2025"])
        }
    }
}
