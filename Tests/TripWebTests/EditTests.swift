import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore
@testable import TripWeb

@Suite struct EditTests {
    @Test func organiserEditsAnEventTimeInThePlacesZone() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn/edit", client)
            #expect(page.status == .ok)
            let response = try await browser.post("/d/kyushu-2025/e/fgn/edit", form: browser.formBody(
                ["title": "FGN 新創基地", "kind": "study", "date": "2025-09-01", "start": "14:00", "end": "15:30", "place": "fgn"], csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let e = try #require(try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" })
            #expect(e.title == "FGN 新創基地")
            // 14:00 in Fukuoka is 05:00 UTC.
            #expect(e.start.instant == Date(timeIntervalSince1970: 1_756_702_800))
            #expect(e.notes.count >= 1)
        }
    }

    @Test func organiserAddsAMember() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
            var fields: [(String, String)] = []
            for m in try harness.database.delegation("kyushu-2025").members {
                fields += [("id", m.id), ("name", m.name), ("title", m.title), ("unit", m.unit), ("rank", ""), ("email", ""), ("role", m.role.rawValue)]
            }
            fields += [("id", "lin"), ("name", "林小明"), ("title", "專員"), ("unit", "經發局"), ("rank", ""), ("email", ""), ("role", "member")]
            fields.append(("csrf", Browser.csrf(in: page)))
            let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            let response = try await browser.post("/d/kyushu-2025/members/edit", form: body, client)
            #expect(response.status == .seeOther)
            #expect(try harness.database.delegation("kyushu-2025").members.map(\.name).last == "林小明")
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
