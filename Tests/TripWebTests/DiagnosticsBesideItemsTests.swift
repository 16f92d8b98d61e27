import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// The checks' findings beside the items they concern, with what to do, re-checked on each save.
@Suite struct DiagnosticsBesideItemsTests {
    @Test("after the leader is made a member, the members page says there is no leader and how to fix it there")
    func membersPageShowsTheRosterFindingAfterASave() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let before = try await browser.get("/d/kyushu-2025/members/edit", client)
            #expect(!before.text.contains("出國人員名單沒有團長"))
            let leader = try #require(try await harness.database.delegation("kyushu-2025").members.first { $0.role == .leader })
            let form = try await MemberEditTests.body(harness, page: before, change: [leader.id: ["role": "member"]])
            #expect(try await browser.post("/d/kyushu-2025/members/edit", form: form, client).status == .seeOther)
            let after = try await browser.get("/d/kyushu-2025/members/edit", client).text
            #expect(after.contains("出國人員名單沒有團長"))
            #expect(after.contains(#"<div class="fix">在網頁的「編輯人員」把一位成員的角色設為團長"#))
        }
    }

    @Test("an item's finding on the schedule and on the event page carries its fix")
    func scheduleAndEventShowTheFix() async throws {
        let harness = try WebHarness.make(seed: false)
        let plan = """
            tripwright: 1
            id: fix-trip
            title: 福岡考察
            category: 考察
            agency: 臺中市政府經濟發展局
            home: 臺中市
            start: 2025-09-01
            end: 2025-09-02
            members:
            - id: lin
              name: 林志明
              title: 科長
              unit: 產業發展科
              role: leader
            events:
            - id: farewell
              kind: 會議
              title: 送行會談
              date: 2025-09-02
              start: "10:00"
              end: "11:00"
              place: FUK
            legs:
            - id: out
              mode: flight
              number: JX840
              from: TPE
              to: FUK
              depart: 2025-09-01 08:00
              arrive: 2025-09-01 11:30
            - id: back
              mode: flight
              number: JX847
              from: FUK
              to: TPE
              depart: 2025-09-02 12:00
              arrive: 2025-09-02 13:30
            stays:
            - id: hotel
              place: { name: 博多飯店, city: 福岡 }
              check_in: 2025-09-01
              check_out: 2025-09-02
            """
        let file = harness.folder.appendingPathComponent("fix.yaml")
        try plan.write(to: file, atomically: true, encoding: .utf8)
        _ = try PlanImporter(location: harness.config.location).importFile(at: file, into: harness.database)
        try await harness.run { client in
            let schedule = try await client.execute(uri: "/d/fix-trip/schedule", method: .get).text
            #expect(schedule.contains("較晚出發的班次"), "the buffer finding's fix beside the flight")
            #expect(schedule.contains(#"<div class="fix">"#))
            let event = try await client.execute(uri: "/d/fix-trip/e/farewell", method: .get).text
            #expect(event.contains(#"<div class="fix">"#) && event.contains("提早"))
        }
    }
}
