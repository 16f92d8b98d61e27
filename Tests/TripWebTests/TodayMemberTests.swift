import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// Today is the member's day (issue 11): on a split day the current meeting is the one the member
/// attends; a picked meeting is shown as picked; without sign-in a picker says whose day it is.
@Suite struct TodayMemberTests {
    /// Two groups at two meetings at 10:00 in Fukuoka on 2025-09-01 (the harness's clock is 10:30 JST).
    static let splitDay = """
        tripwright: 1
        id: split
        title: 分組測試
        category: 考察
        agency: 測試局
        home: 臺中市
        start: 2025-09-01
        end: 2025-09-02
        members:
        - {id: chang, unit: 測試局, title: 局長, name: 張三, role: leader}
        - {id: yeh, unit: 測試局, title: 科長, name: 葉珀如}
        events:
        - id: market
          kind: 參訪
          title: 參訪市場
          date: 2025-09-01
          start: "10:00"
          end: "11:30"
          place: 福岡
          participants: [chang]
        - id: port
          kind: 參訪
          title: 參訪港口
          date: 2025-09-01
          start: "10:00"
          end: "11:30"
          place: 福岡
          participants: [yeh]
        - id: dinner
          kind: 餐敘
          title: 晚宴
          date: 2025-09-02
          start: "19:00"
          place: 福岡
        """

    static func harness(auth: Bool) throws -> WebHarness {
        let harness = try WebHarness.make(auth: auth, seed: false)
        let file = harness.folder.appendingPathComponent("split.yaml")
        try splitDay.write(to: file, atomically: true, encoding: .utf8)
        _ = try PlanImporter(location: harness.config.location).importFile(at: file, into: harness.database)
        return harness
    }

    @Test("on a split day a signed-in member's current meeting is the one they attend")
    func signedInMembersCurrentMeetingIsTheirs() async throws {
        let harness = try Self.harness(auth: true)
        try await harness.run { client in
            var yeh = try await harness.signedIn("葉珀如", role: .member, client: client)
            let text = try await yeh.get("/d/split/today", client).text
            #expect(text.contains(#"action="/d/split/e/port/notes""#))
            #expect(!text.contains("參訪市場"))
        }
    }

    @Test("a picked meeting of another day is shown as picked, and an unknown one is a 404")
    func pickedMeetingIsNeverReplaced() async throws {
        let harness = try Self.harness(auth: false)
        try await harness.run { client in
            let picked = try await client.execute(uri: "/d/split/today?event=dinner", method: .get)
            #expect(picked.text.contains(#"action="/d/split/e/dinner/notes""#))
            #expect(try await client.execute(uri: "/d/split/today?event=nowhere", method: .get).status == .notFound)
        }
    }

    @Test("without sign-in the picker chooses whose day it is, and the choice is remembered")
    func pickerChoiceIsRemembered() async throws {
        let harness = try Self.harness(auth: false)
        try await harness.run { client in
            var browser = Browser()
            let everyone = try await browser.get("/d/split/today", client).text
            #expect(everyone.contains(#"<select id="today-member" name="member">"#))
            #expect(everyone.contains("參訪市場") && everyone.contains("參訪港口"))
            let chosen = try await browser.get("/d/split/today?member=yeh", client)
            #expect(chosen.text.contains(#"action="/d/split/e/port/notes""#))
            #expect(chosen.text.contains(#"<option value="yeh" selected>"#))
            let later = try await browser.get("/d/split/today", client).text
            #expect(later.contains(#"action="/d/split/e/port/notes""#), "the choice was not remembered")
            #expect(!later.contains("參訪市場"))
        }
    }

    @Test("a signed-in member who chooses the whole delegation's day keeps that choice")
    func signedInMembersEveryoneChoiceIsRemembered() async throws {
        let harness = try Self.harness(auth: true)
        try await harness.run { client in
            var yeh = try await harness.signedIn("葉珀如", role: .member, client: client)
            let chosen = try await yeh.get("/d/split/today?member=", client).text
            #expect(chosen.contains("參訪市場") && chosen.contains("參訪港口"))
            let later = try await yeh.get("/d/split/today", client).text
            #expect(later.contains("參訪市場") && later.contains("參訪港口"), "the whole delegation's day was not remembered")
        }
    }
}
