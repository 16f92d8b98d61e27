import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The members form: rows change only when changed, a blank name never removes anyone, and
/// removing a member is its own confirmed step.
@Suite struct MemberEditTests {
    /// The members form as stored, one row per member plus the empty row, with overrides.
    static func body(
        _ harness: WebHarness,
        page: TestResponse,
        change: [String: [String: String]] = [:],
        newRow: [String: String] = [:]
    ) async throws -> String {
        var fields: [(String, String)] = []
        for m in try await harness.database.delegation("kyushu-2025").members {
            var row = [
                "id": m.id, "name": m.name, "title": m.title, "unit": m.unit, "rank": m.rank ?? "", "email": m.email ?? "",
                "role": m.role.rawValue, "revision": EditRevision.of(member: m),
            ]
            row.merge(change[m.id] ?? [:]) { $1 }
            fields += ["revision", "id", "name", "title", "unit", "rank", "email", "role"].map { ($0, row[$0] ?? "") }
        }
        let fresh = ["revision": "", "id": "", "name": "", "title": "", "unit": "", "rank": "", "email": "", "role": "member"].merging(newRow) { $1 }
        fields += ["revision", "id", "name", "title", "unit", "rank", "email", "role"].map { ($0, fresh[$0] ?? "") }
        fields.append(("csrf", Browser.csrf(in: page)))
        return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
    }

    @Test func organiserAddsAMember() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            let form = try await Self.body(harness, page: page, newRow: ["id": "lin", "name": "林小明", "title": "專員", "unit": "經發局"])
            let response = try await browser.post("/d/kyushu-2025/members/edit", form: form, client)
            #expect(response.status == .seeOther)
            let members = try await harness.database.delegation("kyushu-2025").members
            #expect(members.last?.name == "林小明" && members.last?.id == "lin" && members.last?.order == members.count)
        }
    }

    @Test func newMemberWithoutAnIdGetsOne() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            let form = try await Self.body(harness, page: page, newRow: ["name": "王大同", "title": "科長", "unit": "經發局"])
            #expect(try await browser.post("/d/kyushu-2025/members/edit", form: form, client).status == .seeOther)
            let added = try await #require(try harness.database.delegation("kyushu-2025").members.last)
            #expect(added.name == "王大同" && !added.id.isEmpty)
        }
    }

    @Test func blankNameIsRefusedAndRemovesNobody() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let before = try await harness.database.delegation("kyushu-2025").members
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            let victim = try #require(before.last)
            let form = try await Self.body(harness, page: page, change: [victim.id: ["name": "  ", "title": "改了職稱"]])
            let response = try await browser.post("/d/kyushu-2025/members/edit", form: form, client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("「姓名」不可空白"))
            // What was typed stays on the page.
            #expect(response.text.contains("改了職稱"))
            await #expect(try harness.database.delegation("kyushu-2025").members == before)
        }
    }

    @Test func unchangedRowsAreNotWrittenSoTheyCannotConflict() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            let members = try await harness.database.delegation("kyushu-2025").members
            let (a, b) = (members[0], members[1])
            let form = try await Self.body(harness, page: page, change: [a.id: ["title": "甲的新職稱"]])
            // Someone else edits member b after the form was opened.
            var changed = b
            changed.rank = "簡任第十職等"
            try await harness.database.saveMembers(
                delegation: "kyushu-2025",
                edits: [MemberEdit(id: b.id, revision: EditRevision.of(member: b), member: changed)],
                added: []
            )
            #expect(try await browser.post("/d/kyushu-2025/members/edit", form: form, client).status == .seeOther)
            let now = try await harness.database.delegation("kyushu-2025").members
            #expect(now[0].title == "甲的新職稱")
            #expect(now[1].rank == "簡任第十職等")
        }
    }

    @Test func staleRowIsRefusedWithBothVersions() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            let a = try await harness.database.delegation("kyushu-2025").members[0]
            let stale = try await Self.body(harness, page: page, change: [a.id: ["title": "乙寫的職稱"]])
            var theirs = a
            theirs.title = "甲寫的職稱"
            try await harness.database.saveMembers(
                delegation: "kyushu-2025",
                edits: [MemberEdit(id: a.id, revision: EditRevision.of(member: a), member: theirs)],
                added: []
            )
            let response = try await browser.post("/d/kyushu-2025/members/edit", form: stale, client)
            #expect(response.status == .conflict)
            #expect(response.text.contains("甲寫的職稱") && response.text.contains("乙寫的職稱"))
            await #expect(try harness.database.delegation("kyushu-2025").members[0].title == "甲寫的職稱")
        }
    }

    @Test func takenIdForANewMemberIsRefusedOnTheIdField() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            let taken = try await harness.database.delegation("kyushu-2025").members[0].id
            let form = try await Self.body(harness, page: page, newRow: ["id": taken, "name": "同代號", "title": "專員", "unit": "局"])
            let response = try await browser.post("/d/kyushu-2025/members/edit", form: form, client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"name="id" value="\#(taken)" placeholder="lin" aria-invalid="true""#))
            await #expect(try harness.database.delegation("kyushu-2025").members.count == 4)
        }
    }

    @Test func removingAMemberAsksFirstThenRemovesOnlyThem() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            // A member nobody depends on.
            try await harness.database.saveMembers(
                delegation: "kyushu-2025",
                edits: [],
                added: [Member(id: "temp", order: 0, unit: "局", title: "專員", name: "暫時加入")]
            )
            let page = try await browser.get("/d/kyushu-2025/members/temp/remove", client)
            #expect(page.status == .ok)
            #expect(page.text.contains("暫時加入") && page.text.contains("確定刪除"))
            await #expect(try harness.database.delegation("kyushu-2025").members.count == 5)
            let revision = await EditRevision.of(member: try #require(try harness.database.delegation("kyushu-2025").member("temp")))
            let response = try await browser.post(
                "/d/kyushu-2025/members/temp/remove",
                form: browser.formBody(["revision": revision], csrfFrom: page),
                client
            )
            #expect(response.status == .seeOther)
            let members = try await harness.database.delegation("kyushu-2025").members
            #expect(members.count == 4 && members.map(\.order) == [1, 2, 3, 4])
        }
    }

    @Test func memberThePlanNeedsIsNotRemoved() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            // "solo" alone takes part in the first event: without them it would become everyone's.
            var plan = try await harness.database.delegation("kyushu-2025")
            plan.members.append(Member(id: "solo", order: 5, unit: "局", title: "專員", name: "獨行者"))
            plan.events[0].participants = ["solo"]
            _ = try await harness.database.importPlan(plan)
            let page = try await browser.get("/d/kyushu-2025/members/solo/remove", client)
            #expect(page.text.contains("目前不能刪除這位人員") && page.text.contains(plan.events[0].id))
            let member = try await #require(try harness.database.delegation("kyushu-2025").member("solo"))
            // The refusal page has no form; a form posted anyway (an old tab) is refused too.
            let withToken = try await browser.get("/d/kyushu-2025/members/edit", client)
            let response = try await browser.post(
                "/d/kyushu-2025/members/solo/remove",
                form: browser.formBody(["revision": EditRevision.of(member: member)], csrfFrom: withToken),
                client
            )
            #expect(response.status == .conflict)
            await #expect(try harness.database.delegation("kyushu-2025").member("solo") != nil)
        }
    }
}
