import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// Corrections from the event page (issue 10): delete and undo, move, edit, fill a placeholder,
/// the history pages, stale forms and roles.
@Suite struct CorrectionWebTests {
    static let trip = "kyushu-2025"

    static func revision(_ h: WebHarness, _ item: LoggedItem, event: String = "fgn") async throws -> String {
        try #require(try await h.database.loggedEntries(delegation: trip, event: event).first { $0.item == item }?.revision)
    }

    @Test func anOrganiserDeletesANoteFromTheEventPageAndUndoesItFromRecentCorrections() async throws {
        let h = try WebHarness.make()
        let note = try #require(try await h.database.notes(delegation: Self.trip, event: "fgn").first)
        let revision = try await Self.revision(h, .note(note.id))
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            #expect(page.text.contains("/d/kyushu-2025/e/fgn/items/note/\(note.id)/delete"))
            let deleted = try await browser.post(
                "/d/kyushu-2025/e/fgn/items/note/\(note.id)/delete",
                form: browser.formBody(["revision": revision], csrfFrom: page),
                client
            )
            #expect(deleted.status == .seeOther)
            #expect(try await !h.database.notes(delegation: Self.trip, event: "fgn").contains { $0.id == note.id })
            let after = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let change = try #require(try await h.database.history(delegation: Self.trip).last)
            #expect(after.text.contains("/d/kyushu-2025/changes/\(change.id)/undo"))
            let undone = try await browser.post("/d/kyushu-2025/changes/\(change.id)/undo", form: browser.formBody([:], csrfFrom: after), client)
            #expect(undone.status == .seeOther)
            #expect(try await h.database.notes(delegation: Self.trip, event: "fgn").first == note)
            let history = try await browser.get("/d/kyushu-2025/e/fgn/history", client)
            #expect(history.status == .ok && history.text.contains("#\(change.id)") && history.text.contains("已由 #\(change.id + 1) 復原"))
        }
    }

    @Test func aStaleDeleteFormSavesNothingAndAnswers409WithBothVersions() async throws {
        let h = try WebHarness.make()
        let note = try #require(try await h.database.notes(delegation: Self.trip, event: "fgn").first)
        let revision = try await Self.revision(h, .note(note.id))
        try await h.database.editNote(id: note.id, delegation: Self.trip, event: "fgn", revision: note.revision, text: "別人剛改的筆記")
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let stale = try await browser.post(
                "/d/kyushu-2025/e/fgn/items/note/\(note.id)/delete",
                form: browser.formBody(["revision": revision], csrfFrom: page),
                client
            )
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("別人剛改的筆記"))
            #expect(try await h.database.notes(delegation: Self.trip, event: "fgn").contains { $0.id == note.id })
        }
    }

    @Test func anOutcomeIsEditedAndAPhotoMovedFromTheEventPage() async throws {
        let h = try WebHarness.make()
        let outcome = try await h.database.addOutcome(Outcome(text: "初步共識"), delegation: Self.trip, event: "fgn")
        let photo = try #require(try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.photos.first?.id)
        let outcomeRevision = try await Self.revision(h, .outcome(outcome))
        let photoRevision = try await Self.revision(h, .photo(photo))
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let edited = try await browser.post(
                "/d/kyushu-2025/e/fgn/items/outcome/\(outcome)/edit",
                form: browser.formBody(
                    ["revision": outcomeRevision, "text": "簽署合作備忘錄", "date": "2025-09-01"],
                    csrfFrom: page
                ),
                client
            )
            #expect(edited.status == .seeOther)
            let moved = try await browser.post(
                "/d/kyushu-2025/e/fgn/items/photo/\(photo)/move",
                form: browser.formBody(["revision": photoRevision, "to": "yanagibashi"], csrfFrom: page),
                client
            )
            #expect(moved.status == .seeOther)
        }
        let d = try await h.database.delegation(Self.trip)
        #expect(d.events.first { $0.id == "fgn" }?.outcomes == [Outcome(text: "簽署合作備忘錄", date: LocalDate(iso: "2025-09-01"))])
        #expect(d.events.first { $0.id == "yanagibashi" }?.photos.contains { $0.id == photo } == true)
    }

    @Test func anUploadOnAPlaceholderFillsItInsteadOfAddingAPhoto() async throws {
        let h = try WebHarness.make()
        let before = try #require(try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.photos)
        let placeholder = try #require(before.first { $0.file == nil }?.id)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            #expect(page.text.contains("/d/kyushu-2025/e/fgn/photos/\(placeholder)/file"))
            let filled = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos/\(placeholder)/file",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photo", "p.jpg", SamplePhotos.jpeg())],
                client
            )
            #expect(filled.status == .seeOther)
        }
        let after = try #require(try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.photos)
        #expect(after.count == before.count)
        #expect(after.first { $0.id == placeholder }?.file != nil)
    }

    @Test func aViewerSeesNoCorrectionControlsAndIsRefused() async throws {
        let h = try WebHarness.make(auth: true)
        let note = try #require(try await h.database.notes(delegation: Self.trip, event: "fgn").first)
        try await h.run { client in
            var viewer = try await h.signedIn("讀者", role: .viewer, client: client)
            let page = try await viewer.get("/d/kyushu-2025/e/fgn", client)
            #expect(page.status == .ok && !page.text.contains("/items/") && !page.text.contains("/undo"))
            let refused = try await viewer.post(
                "/d/kyushu-2025/e/fgn/items/note/\(note.id)/delete",
                form: viewer.formBody([:], csrfFrom: page),
                client
            )
            #expect(refused.status == .forbidden)
            var member = try await h.signedIn("葉珀如", role: .member, client: client)
            let memberPage = try await member.get("/d/kyushu-2025/e/fgn", client)
            #expect(memberPage.text.contains("/items/note/\(note.id)/delete"))
        }
        #expect(try await h.database.notes(delegation: Self.trip, event: "fgn").contains { $0.id == note.id })
    }

    @Test func aClippingGetsItsScreenshotMovesUpAndIsDeletedFromThePressPageKeepingItsFields() async throws {
        let h = try WebHarness.make()
        let before = try await h.database.delegation(Self.trip).press
        let second = before[1]
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/press", client)
            #expect(page.text.contains("/d/kyushu-2025/press/\(second.id)/up"))
            let image = try await browser.postMultipart(
                "/d/kyushu-2025/press/\(second.id)/image",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("image", "shot.jpg", SamplePhotos.jpeg())],
                client
            )
            #expect(image.status == .seeOther)
            let up = try await browser.post("/d/kyushu-2025/press/\(second.id)/up", form: browser.formBody([:], csrfFrom: page), client)
            #expect(up.status == .seeOther)
            let moved = try await h.database.delegation(Self.trip).press
            #expect(moved.map(\.id).prefix(2) == [second.id, before[0].id])
            let stored = try #require(moved.first)
            #expect(
                stored.image != nil && stored.headline == second.headline && stored.language == second.language && stored.eventID == second.eventID
            )
            let deleted = try await browser.post("/d/kyushu-2025/press/\(second.id)/delete", form: browser.formBody([:], csrfFrom: page), client)
            #expect(deleted.status == .seeOther)
        }
        #expect(try await h.database.delegation(Self.trip).press.map(\.id) == before.map(\.id).filter { $0 != second.id })
    }
}
