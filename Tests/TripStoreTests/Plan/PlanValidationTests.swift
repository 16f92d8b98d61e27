import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

@Suite("What the database would refuse, the reader refuses first, where it is written")
struct PlanValidationTests {
    @Test("a participant listed twice")
    func duplicateParticipant() throws {
        let errors = readErrors(minimalPlan(eventExtra: "  participants: [chang, chang]"))
        #expect(errors.map(\.problem) == [.duplicateParticipant("chang")])
        #expect(errors.first?.column == 25)
    }

    @Test("members: [] and a missing members list")
    func members() {
        #expect(
            readErrors(minimalPlan(members: "[]").replacingOccurrences(of: "members:\n[]", with: "members: []")).map(\.problem) == [
                .emptyList("members")
            ]
        )
    }

    @Test("a follow-up owner who is not a member is refused at its place with the members listed")
    func unknownOwner() {
        let owner = minimalPlan(eventExtra: "  follow_ups:\n  - {task: 回訪, owner: 李四}")
        let errors = readErrors(owner)
        #expect(errors.map(\.problem) == [.unknownOwner("李四", ids: ["chang"], names: ["張三"])])
        #expect(errors.first?.line == 18)
        #expect(errors.first?.problem.message.text(.zh).contains("chang（張三）") == true)
        #expect(errors.first?.problem.message.text(.en).contains("chang (張三)") == true)
    }

    @Test("a follow-up owner given by a member's exact name is read as the member's id")
    func ownerByName() throws {
        let d = try readPlan(minimalPlan(eventExtra: "  follow_ups:\n  - {task: 回訪, owner: 張三}"))
        #expect(d.events.first?.followUps.first?.owner == "chang")
    }

    @Test("a note author who is not a member; a member's name suggests the id")
    func owners() {
        let author = minimalPlan(eventExtra: "  notes:\n  - {text: 內容, author: chnag}")
        #expect(readErrors(author).map(\.problem) == [.unknownMember(key: "author", id: "chnag", suggestion: "chang")])
        let contact = minimalPlan(extra: "contact: lee")
        #expect(readErrors(contact).map(\.problem) == [.unknownMember(key: "contact", id: "lee", suggestion: nil)])
    }

    @Test("a stay's inline place may not take the id of a declared place")
    func inlinePlaceCollision() throws {
        let text = minimalPlan(
            extra:
                "places:\n- {id: hakata, name: 博多站, city: 福岡}\nstays:\n- {id: hakata, place: {name: 博多飯店, city: 福岡}, check_in: 2025-09-01, check_out: 2025-09-02}"
        )
        let errors = readErrors(text)
        #expect(errors.map(\.problem) == [.inlinePlaceTaken(id: "hakata", firstLine: 19)])
    }

    @Test("ids are unique per kind: items share one namespace, press has its own")
    func ids() {
        let items = minimalPlan(extra: "legs:\n- {id: visit, mode: bus, from: 福岡, to: 熊本, depart: 2025-09-02}")
        #expect(readErrors(items).map(\.problem) == [.duplicateID(kind: "leg", id: "visit", firstLine: 12)])
        let press = minimalPlan(extra: "press:\n- {id: p, date: 2025-09-05, outlet: 甲報}\n- {id: p, date: 2025-09-06, outlet: 乙報}")
        #expect(readErrors(press).map(\.problem) == [.duplicateID(kind: "press", id: "p", firstLine: 19)])
    }

    @Test("countries must be ISO codes; a country's name suggests its code")
    func countries() {
        #expect(readErrors(minimalPlan(extra: "countries: [日本]")).map(\.problem) == [.unknownCountry("日本", suggestion: "JP")])
        #expect(readErrors(minimalPlan(extra: "countries: [ZZ]")).map(\.problem) == [.unknownCountry("ZZ", suggestion: nil)])
        #expect(readErrors(minimalPlan(extra: "countries: [jp]")).isEmpty)
    }

    @Test("a press link must be http or https; a language tag and an e-mail must look like one")
    func links() {
        let js = minimalPlan(extra: "press:\n- {id: p, date: 2025-09-05, outlet: 甲報, url: \"javascript:alert(1)\"}")
        #expect(readErrors(js).map(\.problem) == [.badURL("javascript:alert(1)")])
        let lang = minimalPlan(extra: "press:\n- {id: p, date: 2025-09-05, outlet: 甲報, language: 中文}")
        #expect(readErrors(lang).map(\.problem) == [.badLanguage("中文")])
        let mail = minimalPlan(members: "- {id: chang, unit: 局, title: 局長, name: 張三, email: chang-at-example}")
        #expect(readErrors(mail).map(\.problem) == [.badEmail("chang-at-example")])
    }

    @Test("council term and session are whole numbers from 1")
    func council() {
        let text = minimalPlan(extra: "council: {council: 臺中市議會, term: 0, session: 99999999999999999999}")
        #expect(readErrors(text).map(\.problem) == [.numberOutOfRange(key: "term", value: "0", range: 1...999), .badNumber("99999999999999999999")])
    }

    @Test("every case of the integrity folder that the database refused is refused by the reader with exit-2 errors")
    func casesRefused() throws {
        for name in [
            "D05a-duplicate-participant.yaml", "D05b-empty-note.yaml", "D05c-empty-note-item.yaml",
            "D14a-empty-members.yaml", "D14b-empty-title.yaml", "D14c-off-typo.yaml",
        ] {
            let url = fixture("integrity").appendingPathComponent(name)
            #expect(throws: PlanErrors.self, "\(name)") { _ = try PlanReader().read(fileAt: url) }
        }
    }

    @Test("settings stored by an older version are read clamped, with the former rule name renamed")
    func storedSettings() throws {
        let db = try TripDatabase.inMemory()
        _ = try db.importPlan(try readPlan(minimalPlan()))
        try db.write { db in
            try db.execute(
                sql: "UPDATE delegation SET checks = ? WHERE id = 'mini'",
                arguments: [#"{"off":["closed-days"],"settings":{"speed.bus":0,"nobody.knows":3},"acknowledge":[]}"#]
            )
        }
        let checks = try db.delegation("mini").checks
        #expect(checks.disabled == ["closed-day"])
        #expect(checks.numbers == [.speedBus: 0])
        #expect(checks.number(.speedBus) == 5)
    }
}

@Suite("What the fuzzer found: nothing is dropped without a word")
struct PlanFuzzFindingTests {
    @Test("an empty block value counts as left out: an event with `start: |` stays, date-only")
    func emptyBlockStart() throws {
        let d = try #require(readPlanText(minimalPlan(eventExtra: "  start: |")))
        #expect(d.events.map(\.id) == ["visit"])
        #expect(d.events.first?.start.isTimed == false)
        #expect(readErrors(minimalPlan().replacingOccurrences(of: "title: 測試\n", with: "title: |\n")).map(\.problem) == [.text(key: "title", .empty)])
    }

    @Test("export writes the zone of a timed event without a place even when it is the home zone, so the plan reads back")
    func homeZoneEventExports() throws {
        let text = minimalPlan().replacingOccurrences(of: "  place: 福岡", with: "  start: \"09:00\"\n  tz: Asia/Taipei")
        let d = try #require(readPlanText(text))
        let written = try PlanWriter().write(d)
        #expect(written.contains("tz: Asia/Taipei"))
        #expect(readPlanText(written)?.events.first?.start == d.events.first?.start)
    }

    @Test("a place whose city is empty has no zone, and says so, rather than falling back to Taipei")
    func emptyCity() {
        let text = minimalPlan(extra: "places:\n- id: city-hall\n  name: 市政府\n  city: |\n  country: US")
            .replacingOccurrences(of: "place: 福岡", with: "place: city-hall")
        #expect(readErrors(text).map(\.problem) == [.placeWithoutZone("city-hall")])
    }
}
