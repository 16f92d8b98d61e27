import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The event form: only the event's own values change, a stale form is refused with both
/// versions, and values are judged as the plan reader judges them.
@Suite struct EditTests {
    /// The form fields of the event edit page as a browser would send them back unchanged.
    static func eventForm(_ page: TestResponse) -> [String: String] {
        let html = page.text
        var fields: [String: String] = [:]
        for name in ["title", "date", "start", "end", "host", "revision"] {
            let pattern = #"name="\#(name)"[^>]*value="([^"]*)""#
            if let r = html.range(of: pattern, options: .regularExpression) {
                let tag = String(html[r])
                if let v = tag.range(of: #"value="([^"]*)""#, options: .regularExpression) {
                    fields[name] = String(tag[v].dropFirst(7).dropLast()).replacingOccurrences(of: "&amp;", with: "&")
                }
            }
        }
        return fields
    }

    static func fgn(_ harness: WebHarness) throws -> Event? {
        try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }
    }

    @Test func organiserEditsAnEventTimeInThePlacesZone() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn/edit", client)
            #expect(page.status == .ok)
            var form = Self.eventForm(page)
            form.merge(["title": "FGN 新創基地", "kind": "study", "date": "2025-09-01", "start": "14:00", "end": "15:30", "place": "fgn"]) { $1 }
            let response = try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(form, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let e = try #require(try Self.fgn(harness))
            #expect(e.title == "FGN 新創基地")
            // 14:00 in Fukuoka is 05:00 UTC.
            #expect(e.start.instant == Date(timeIntervalSince1970: 1_756_702_800))
            #expect(e.notes.count >= 1)
        }
    }

    @Test func eventEditKeepsPeopleMetLoggedAfterTheFormWasOpened() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn/edit", client)
            // Someone logs a person met while the organiser is filling in the form.
            try await harness.database.addCounterpart(Counterpart(name: "會晤者甲"), delegation: "kyushu-2025", event: "fgn")
            var form = Self.eventForm(page)
            form["host"] = "新的接待單位"
            form["kind"] = "study"
            let response = try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(form, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let e = try #require(try Self.fgn(harness))
            #expect(e.host == "新的接待單位")
            #expect(e.counterparts.contains { $0.name == "會晤者甲" })
        }
    }

    @Test func staleEventFormIsRefusedWithBothVersionsAndSavesNothing() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn/edit", client)
            var first = Self.eventForm(page)
            first.merge(["kind": "study", "title": "甲改的標題"]) { $1 }
            #expect(try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(first, csrfFrom: page), client).status == .seeOther)
            // A second form opened before that save.
            var second = Self.eventForm(page)
            second.merge(["kind": "study", "host": "乙改的接待單位"]) { $1 }
            let response = try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(second, csrfFrom: page), client)
            #expect(response.status == .conflict)
            #expect(response.text.contains("甲改的標題") && response.text.contains("乙改的接待單位"))
            let e = try #require(try Self.fgn(harness))
            #expect(e.title == "甲改的標題")
            #expect(e.host != "乙改的接待單位")
            // The 409 page's form carries the current revision: saving it again is a choice, and works.
            let retry = Self.eventForm(response)
            #expect(retry["revision"] != second["revision"])
            var again = retry
            again["kind"] = "study"
            #expect(try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(again, csrfFrom: page), client).status == .seeOther)
            #expect(try Self.fgn(harness)?.host == "乙改的接待單位")
        }
    }

    @Test func impossibleEndTimeIsRefusedOnItsFieldNotDropped() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn/edit", client)
            var form = Self.eventForm(page)
            form.merge(["kind": "study", "start": "10:00", "end": "25:00", "place": "fgn", "host": "留著我打的字"]) { $1 }
            let before = try Self.fgn(harness)
            let response = try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(form, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("「25:00」不是有效時間"))
            #expect(response.text.contains(#"name="end" placeholder="11:00" value="25:00" aria-invalid="true""#))
            #expect(response.text.contains("留著我打的字"))
            #expect(try Self.fgn(harness) == before)
        }
    }

    @Test func lineBreakInATitleIsRefusedOnTheTitleField() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn/edit", client)
            var form = Self.eventForm(page)
            form.merge(["kind": "study", "title": "第一行\n第二行"]) { $1 }
            let response = try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(form, csrfFrom: page), client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("「名稱」只能有一行"))
            #expect(try Self.fgn(harness)?.title.contains("\n") == false)
        }
    }

    @Test func editingAnEventKeepsWhatTheFormDoesNotShow() async throws {
        let harness = try WebHarness.make()
        let importer = PlanImporter(location: harness.config.location)
        _ = try importer.importFile(
            at: WebHarness.repo.appendingPathComponent("Tests/TripStoreTests/Fixtures/details.yaml"),
            into: harness.database
        )
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/details-2026/e/call/edit", client)
            #expect(page.status == .ok)
            // The form as shown (its start is the part of the day, 下午), with a new title.
            var form = Self.eventForm(page)
            #expect(form["start"] == "下午")
            form.merge(["title": "拜會首爾市政府", "kind": "call", "place": "cityhall"]) { $1 }
            let response = try await browser.post("/d/details-2026/e/call/edit", form: browser.formBody(form, csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let d = try await harness.database.delegation("details-2026")
            let e = try #require(d.events.first { $0.id == "call" })
            #expect(e.title == "拜會首爾市政府")
            #expect(e.start.part == .afternoon)
            #expect(e.remark == "著正式服裝；備禮品" && e.phone == "+82-2-2133-0001" && e.liaison?.name == "金敏智")
            #expect(d.headcount == 15 && d.member("lin")?.phone == "+886-912-345-678")
            let museum = try await browser.get("/d/details-2026/e/museum/edit", client)
            var museumForm = Self.eventForm(museum)
            // An end date with no time (5/19–5/20) is shown as the date, and stays.
            #expect(museumForm["end"] == "2026-05-20")
            museumForm.merge(["title": "國立中央博物館", "kind": "visit", "place": "museum"]) { $1 }
            #expect(
                try await browser.post("/d/details-2026/e/museum/edit", form: browser.formBody(museumForm, csrfFrom: museum), client).status
                    == .seeOther
            )
            await #expect(try harness.database.delegation("details-2026").events.first { $0.id == "museum" }?.end?.date.iso == "2026-05-20")
        }
    }

    @Test func editingMembersKeepsTheirPhones() async throws {
        let harness = try WebHarness.make()
        _ = try PlanImporter(location: harness.config.location)
            .importFile(at: WebHarness.repo.appendingPathComponent("Tests/TripStoreTests/Fixtures/details.yaml"), into: harness.database)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/details-2026/members/edit", client)
            var fields: [(String, String)] = []
            for m in try await harness.database.delegation("details-2026").members {
                // Every row changed (a new rank), so every row is written.
                fields += [
                    ("revision", EditRevision.of(member: m)), ("id", m.id), ("name", m.name), ("title", m.title), ("unit", m.unit),
                    ("rank", "薦任"), ("email", m.email ?? ""), ("role", m.role.rawValue),
                ]
            }
            fields.append(("csrf", Browser.csrf(in: page)))
            let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            #expect(try await browser.post("/d/details-2026/members/edit", form: body, client).status == .seeOther)
            let lin = try await harness.database.delegation("details-2026").member("lin")
            #expect(lin?.rank == "薦任" && lin?.phone == "+886-912-345-678")
        }
    }

    @Test func memberCannotEditEvents() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            #expect(try await member.get("/d/kyushu-2025/e/fgn/edit", client).status == .forbidden)
        }
    }
}
