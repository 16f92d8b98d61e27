import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// What is logged on the web is read by the plan reader as the same key in a plan file: a bad
/// value is refused on its field with what was typed kept, never dropped or stored as is.
@Suite struct LoggingValidationTests {
    static func event(_ harness: WebHarness) throws -> Event? {
        try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }
    }

    @Test func outcomeWithAnImpossibleDateIsRefusedNotStoredWithoutIt() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/outcomes",
                form: browser.formBody(["text": "簽署 MOU", "date": "2025-02-30"], csrfFrom: page),
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("「2025-02-30」不是有效日期"))
            #expect(response.text.contains(#"value="簽署 MOU""#))
            #expect(try Self.event(harness)?.outcomes.contains { $0.text == "簽署 MOU" } == false)
        }
    }

    @Test func followUpWithABadDueDateIsRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/followups",
                form: browser.formBody(["task": "寄送感謝函", "due": "九月底"], csrfFrom: page),
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(try Self.event(harness)?.followUps.contains { $0.task == "寄送感謝函" } == false)
        }
    }

    @Test func personMetWithALineBreakInTheNameIsRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/counterparts",
                form: browser.formBody(["name": "山田\n太郎", "personTitle": "部長"], csrfFrom: page),
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("「姓名」只能有一行"))
            #expect(try Self.event(harness)?.counterparts.contains { $0.name.contains("山田") } == false)
        }
    }

    @Test func noteWithATerminalEscapeIsRefusedAndKeepsTheText() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").count
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/notes",
                form: browser.formBody(["text": "會談\u{1B}[2J重點"], csrfFrom: page),
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("U+001B"))
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").count == before)
        }
    }

    @Test func noteKeepsItsParagraphs() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            #expect(
                try await browser.post("/d/kyushu-2025/e/fgn/notes", form: browser.formBody(["text": "第一段\n\n第二段"], csrfFrom: page), client).status
                    == .seeOther
            )
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").last?.text == "第一段\n\n第二段")
        }
    }

    @Test func staleCaptionEditIsRefusedWithBothTexts() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let photo = try #require(try Self.event(harness)?.photos.first)
            let id = try #require(photo.id)
            let revision = EditRevision.of(caption: photo.caption)
            #expect(
                try await browser.post(
                    "/d/kyushu-2025/e/fgn/photos/\(id)/caption",
                    form: browser.formBody(["caption": "甲的說明", "revision": revision], csrfFrom: page),
                    client
                ).status == .seeOther
            )
            let stale = try await browser.post(
                "/d/kyushu-2025/e/fgn/photos/\(id)/caption",
                form: browser.formBody(["caption": "乙的說明", "revision": revision], csrfFrom: page),
                client
            )
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("甲的說明") && stale.text.contains("乙的說明"))
            #expect(try Self.event(harness)?.photos.first { $0.id == id }?.caption == "甲的說明")
        }
    }

    @Test func captionWithALineBreakIsRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let photo = try #require(try Self.event(harness)?.photos.first)
            let response = try await browser.post(
                "/d/kyushu-2025/e/fgn/photos/\(photo.id ?? 0)/caption",
                form: browser.formBody(["caption": "上\n下", "revision": EditRevision.of(caption: photo.caption)], csrfFrom: page),
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(try Self.event(harness)?.photos.first?.caption == photo.caption)
        }
    }

    @Test func pressClippingForAnUnknownEventIsRefusedOnThatField() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/press", client)
            let before = try await harness.database.delegation("kyushu-2025").press.count
            let response = try await browser.post(
                "/d/kyushu-2025/press",
                form: browser.formBody(["outlet": "工商時報", "date": "2025-09-03", "event": "no-such-visit"], csrfFrom: page),
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("no-such-visit"))
            await #expect(try harness.database.delegation("kyushu-2025").press.count == before)
        }
    }

    @Test func refusedUploadLeavesNoFileBehind() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let eventPage = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let folder = harness.config.location.files.appendingPathComponent("photos/kyushu-2025")
            let before = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            // The caption is refused after the photo was sent: nothing may stay on disk.
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: eventPage), "caption": "bad\u{7}caption"],
                files: [("photos", "a.jpg", SamplePhotos.jpeg(marker: 9))],
                client
            )
            #expect(response.status == .unprocessableContent)
            let after = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            #expect(after.subtracting(before).filter { !$0.hasPrefix(".lock") }.isEmpty)
        }
    }
}
