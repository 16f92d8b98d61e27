import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The follow-ups board (issue 11): per delegation and across the delegations a user may see,
/// open tasks first by due date, owners by name, one POST per status change (revision-checked,
/// in the history).
@Suite struct FollowUpBoardWebTests {
    static let trip = "kyushu-2025"

    /// Adds a follow-up on the FGN visit; returns its id.
    static func add(
        _ h: WebHarness,
        _ task: String,
        owner: String? = nil,
        due: String? = nil,
        event: String = "fgn",
        trip: String = trip
    )
        async throws -> Int64
    {
        try await h.database.addFollowUp(FollowUp(task: task, owner: owner, due: due.flatMap { LocalDate(iso: $0) }), delegation: trip, event: event)
    }

    static func revision(_ h: WebHarness, _ id: Int64, trip: String = trip, event: String = "fgn") async throws -> String {
        try #require(try await h.database.loggedEntries(delegation: trip, event: event).first { $0.item == .followUp(id) }?.revision)
    }

    @Test func theBoardListsOpenTasksFirstByDueWithOwnerNamesROCDatesAndPastDueMarked() async throws {
        let h = try WebHarness.make()
        _ = try await Self.add(h, "寄送感謝函", owner: "yeh", due: "2025-09-20")
        _ = try await Self.add(h, "整理簡報", owner: "chang", due: "2025-08-31")
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/followups", client)
            #expect(page.status == .ok)
            let text = page.text
            let early = try #require(text.range(of: "整理簡報"))
            let late = try #require(text.range(of: "寄送感謝函"))
            #expect(early.lowerBound < late.lowerBound)
            #expect(text.contains("張峯源") && text.contains("葉珀如"))
            #expect(text.contains("114 年 8 月 31 日") && text.contains("114 年 9 月 20 日"))
            #expect(text.contains("followup open overdue"))
            #expect(text.contains("標記完成"))
        }
    }

    @Test func markingATaskDoneIsOnePostThatComesBackToItAndIsInTheHistory() async throws {
        let h = try WebHarness.make()
        let id = try await Self.add(h, "寄送感謝函", owner: "yeh", due: "2025-09-20")
        let revision = try await Self.revision(h, id)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/followups", client)
            #expect(page.text.contains("name=\"revision\" value=\"\(revision)\""))
            let done = try await browser.post(
                "/d/kyushu-2025/followups/\(id)/status",
                form: browser.formBody(["status": "done", "revision": revision, "back": "/d/kyushu-2025/followups#fu-\(id)"], csrfFrom: page),
                client
            )
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/d/kyushu-2025/followups#fu-\(id)")
            let stored = try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.followUps.first
            #expect(stored?.status == .done)
            let change = try #require(try await h.database.history(delegation: Self.trip).last)
            #expect(change.item == .followUp(id) && change.action == .edit)
            let after = try await browser.get("/d/kyushu-2025/followups", client)
            #expect(after.text.contains("followup done") && after.text.contains("重新開啟"))
        }
    }

    @Test func aStatusPostFromAnOlderRevisionAnswers409AndChangesNothing() async throws {
        let h = try WebHarness.make()
        let id = try await Self.add(h, "寄送感謝函")
        let revision = try await Self.revision(h, id)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/followups", client)
            let first = try await browser.post(
                "/d/kyushu-2025/followups/\(id)/status",
                form: browser.formBody(["status": "dropped", "revision": revision], csrfFrom: page),
                client
            )
            #expect(first.status == .seeOther)
            let second = try await browser.post(
                "/d/kyushu-2025/followups/\(id)/status",
                form: browser.formBody(["status": "done", "revision": revision], csrfFrom: page),
                client
            )
            #expect(second.status == .conflict)
            let stored = try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.followUps.first
            #expect(stored?.status == .dropped)
        }
    }

    @Test func anOldFreeTextOwnerStillShowsAndItsTaskCanBeMarkedDone() async throws {
        let h = try WebHarness.make()
        // Stored before owners were member ids: the store itself takes any text.
        let id = try await Self.add(h, "聯絡日方窗口", owner: "日方承辦")
        let revision = try await Self.revision(h, id)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/followups", client)
            #expect(page.text.contains("日方承辦"))
            let done = try await browser.post(
                "/d/kyushu-2025/followups/\(id)/status",
                form: browser.formBody(["status": "done", "revision": revision], csrfFrom: page),
                client
            )
            #expect(done.status == .seeOther)
            let stored = try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.followUps.first
            #expect(stored?.status == .done && stored?.owner == "日方承辦")
        }
    }

    @Test func theEventFormOffersTheMembersAsOwnersAndRefusesOneWhoIsNot() async throws {
        let h = try WebHarness.make()
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            #expect(page.text.contains("<select name=\"owner\""))
            #expect(page.text.contains("<option value=\"yeh\" >葉珀如</option>"))
            let refused = try await browser.post(
                "/d/kyushu-2025/e/fgn/followups",
                form: browser.formBody(["task": "寄送感謝函", "owner": "王小明"], csrfFrom: page),
                client
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("負責人「王小明」不是出國人員") && refused.text.contains("yeh（葉珀如）"))
            let stored = try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.followUps
            #expect(stored?.isEmpty == true)
        }
    }

    @Test func aMembersBoardOfAllDelegationsListsOnlyTheirsAndAnotherDelegationsBoardIs404() async throws {
        let h = try AccessTests.twoDelegations()
        _ = try await Self.add(h, "九州的事")
        let usa = try await Self.add(h, "美國的事", event: "mit", trip: "usa-2026")
        let revision = try await Self.revision(h, usa, trip: "usa-2026", event: "mit")
        try await h.run { client in
            var member = try await h.signedIn("葉珀如", role: .member, client: client)
            let all = try await member.get("/followups", client)
            #expect(all.status == .ok && all.text.contains("九州的事") && !all.text.contains("美國的事"))
            let other = try await member.get("/d/usa-2026/followups", client)
            #expect(other.status == .notFound)
            let post = try await member.post(
                "/d/usa-2026/followups/\(usa)/status",
                form: member.formBody(["status": "done", "revision": revision], csrfFrom: all),
                client
            )
            #expect(post.status == .notFound)
            var organiser = try await h.signedIn("承辦人", role: .organiser, client: client)
            let every = try await organiser.get("/followups", client)
            #expect(every.text.contains("九州的事") && every.text.contains("美國的事"))
        }
    }

    @Test func aViewerSeesTheBoardWithoutButtonsAndCannotChangeAStatus() async throws {
        let h = try WebHarness.make(auth: true)
        let id = try await Self.add(h, "寄送感謝函")
        let revision = try await Self.revision(h, id)
        try await h.run { client in
            var viewer = try await h.signedIn("長官", role: .viewer, client: client)
            let page = try await viewer.get("/d/kyushu-2025/followups", client)
            #expect(page.status == .ok && page.text.contains("寄送感謝函") && !page.text.contains("/status\""))
            let post = try await viewer.post(
                "/d/kyushu-2025/followups/\(id)/status",
                form: viewer.formBody(["status": "done", "revision": revision], csrfFrom: page),
                client
            )
            #expect(post.status == .forbidden)
            let stored = try await h.database.delegation(Self.trip).events.first { $0.id == "fgn" }?.followUps.first
            #expect(stored?.status == .open)
        }
    }

    @Test func aPageNumberThatIsNotOneIsRefusedWith400() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let response = try await browser.get("/followups?page=abc", client)
            #expect(response.status == .badRequest)
        }
    }

    @Test func theEnglishBoardShowsISODatesAndEnglishButtons() async throws {
        let h = try WebHarness.make()
        _ = try await Self.add(h, "寄送感謝函", owner: "yeh", due: "2025-09-20")
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/followups?lang=en", client)
            #expect(page.text.contains("Follow-ups board") && page.text.contains("2025-09-20") && page.text.contains("Mark done"))
            #expect(!page.text.contains("標記完成") && !page.text.contains("："))
        }
    }
}
