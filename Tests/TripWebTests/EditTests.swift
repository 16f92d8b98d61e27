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

    @Test func editingAnEventKeepsWhatTheFormDoesNotShow() async throws {
        let harness = try WebHarness.make()
        let importer = PlanImporter(location: harness.config.location)
        _ = try importer.importFile(at: WebHarness.repo.appendingPathComponent("Tests/TripStoreTests/Fixtures/details.yaml"),
                                    into: harness.database)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/details-2026/e/call/edit", client)
            #expect(page.status == .ok)
            let response = try await browser.post("/d/details-2026/e/call/edit", form: browser.formBody(
                ["title": "拜會首爾市政府", "kind": "call", "date": "2026-05-18", "start": "", "end": "", "place": "cityhall"], csrfFrom: page), client)
            #expect(response.status == .seeOther)
            let d = try harness.database.delegation("details-2026")
            let e = try #require(d.events.first { $0.id == "call" })
            #expect(e.title == "拜會首爾市政府")
            #expect(e.start.part == .afternoon)
            #expect(e.remark == "著正式服裝；備禮品" && e.phone == "+82-2-2133-0001" && e.liaison?.name == "金敏智")
            #expect(d.headcount == 15 && d.member("lin")?.phone == "+886-912-345-678")
            let museum = try await browser.get("/d/details-2026/e/museum/edit", client)
            _ = try await browser.post("/d/details-2026/e/museum/edit", form: browser.formBody(
                ["title": "國立中央博物館", "kind": "visit", "date": "2026-05-19", "start": "", "end": "", "place": "museum"], csrfFrom: museum), client)
            // An end date with no time (5/19–5/20) is not in the form, and stays.
            #expect(try harness.database.delegation("details-2026").events.first { $0.id == "museum" }?.end?.date.iso == "2026-05-20")
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
            for m in try harness.database.delegation("details-2026").members {
                fields += [("id", m.id), ("name", m.name), ("title", m.title), ("unit", m.unit), ("rank", ""), ("email", ""), ("role", m.role.rawValue)]
            }
            fields.append(("csrf", Browser.csrf(in: page)))
            let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            #expect(try await browser.post("/d/details-2026/members/edit", form: body, client).status == .seeOther)
            #expect(try harness.database.delegation("details-2026").member("lin")?.phone == "+886-912-345-678")
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
