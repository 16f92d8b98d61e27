import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("Plan file errors say what, where and how to fix")
struct PlanErrorTests {
    @Test("an unknown airport code is reported at its line and column with suggestions")
    func unknownAirport() throws {
        let text = minimalPlan(extra: "legs:\n- {id: out, mode: flight, from: TPE, to: FUQ, depart: 2025-09-01}")
        let errors = planErrors(text)
        let e = try #require(errors.first)
        guard case let .unknownPlace(name, suggestions) = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
        #expect(name == "FUQ")
        #expect(!suggestions.isEmpty)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("FUQ") }.map { $0 + 1 }
        #expect(e.line == line)
        #expect(e.column > 1)
        #expect(e.text(.en).hasPrefix("plan.yaml:\(e.line):\(e.column): error:"))
    }

    @Test("an unknown city name lists the nearest known names")
    func unknownCity() throws {
        let errors = planErrors(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: Kumamotto"))
        guard case let .unknownPlace(name, suggestions) = try #require(errors.first).problem else {
            Issue.record("wrong problem")
            return
        }
        #expect(name == "Kumamotto")
        #expect(suggestions.contains { $0.lowercased().contains("kumamoto") || $0.contains("熊本") })
    }

    @Test("a malformed date names the expected form")
    func malformedDate() throws {
        let errors = planErrors(minimalPlan().replacingOccurrences(of: "date: 2025-09-02", with: "date: 2025/9/2"))
        let e = try #require(errors.first)
        #expect(e.problem == .badDate("2025/9/2"))
        #expect(e.text(.zh).contains("YYYY-MM-DD"))
        #expect(e.line == 15)
    }

    @Test("a malformed time names the expected form")
    func malformedTime() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  start: 25:61"))
        #expect(errors.map(\.problem) == [.value(.badTimeOrPart("25:61"))])
        #expect(errors.first?.text(.zh).contains("HH:MM") == true)
        #expect(errors.first?.text(.zh).contains("下午") == true)
    }

    @Test("an event ending before it starts is an error")
    func endBeforeStart() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  start: \"10:00\"\n  end: \"09:00\""))
        #expect(errors.map(\.problem) == [.endBeforeStart(item: "參訪市場")])
    }

    @Test("a participant who is not a member is named with the nearest member id")
    func participantNotMember() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  participants: [chnag]"))
        #expect(errors.map(\.problem) == [.notAMember("chnag", suggestions: ["chang"])])
    }

    @Test("a participant written by name is answered with that member's id")
    func participantByNameSuggestsTheID() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  participants: [張三]"))
        #expect(errors.map(\.problem) == [.notAMember("張三", suggestions: ["chang"])])
        #expect(errors.first?.problem.text(.zh).contains("是否應為「chang」") == true)
    }

    @Test("an id used twice points at the second use and names the first line")
    func duplicateID() throws {
        let members = "- {id: chang, unit: 局, title: 局長, name: 張三, role: leader}\n- {id: chang, unit: 局, title: 科長, name: 李四}"
        let errors = planErrors(minimalPlan(members: members))
        let e = try #require(errors.first)
        #expect(e.problem == .duplicateID(kind: "member", id: "chang", firstLine: 10))
        #expect(e.line == 11)
    }

    @Test("an unknown field is reported with the nearest valid key")
    func unknownField() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  titel: x"))
        #expect(errors.map(\.problem) == [.unknownKey("titel", suggestion: "title")])
    }

    @Test("a value of the wrong type says what shape was expected")
    func wrongType() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  counterparts: 古賀和秀"))
        #expect(errors.map(\.problem) == [.wrongType(key: "counterparts", expected: "list")])
    }

    @Test("a missing required key is reported")
    func missingKey() throws {
        let errors = planErrors(minimalPlan().replacingOccurrences(of: "agency: 測試局\n", with: ""))
        #expect(errors.map(\.problem) == [.missingKey("agency")])
    }

    @Test("a local time skipped by daylight saving is an error")
    func nonexistentTime() throws {
        let text = minimalPlan(eventExtra: "  start: \"02:30\"")
            .replacingOccurrences(of: "start: 2025-09-01\nend: 2025-09-03", with: "start: 2026-03-07\nend: 2026-03-09")
            .replacingOccurrences(of: "date: 2025-09-02", with: "date: 2026-03-08")
            .replacingOccurrences(of: "place: 福岡", with: "place: Boston")
        let errors = planErrors(text)
        #expect(errors.count == 1)
        guard case .time(.skipped) = try #require(errors.first).problem else {
            Issue.record("wrong problem")
            return
        }
    }

    @Test("broken YAML is reported with its position")
    func syntaxError() throws {
        let errors = planErrors("tripwright: 1\nid: [unclosed\ntitle: x\n")
        let e = try #require(errors.first)
        guard case .syntax = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
        #expect(e.line >= 2)
    }

    @Test("an unknown check setting names the nearest known one")
    func unknownSetting() throws {
        let errors = planErrors(minimalPlan(extra: "checks:\n  settings:\n    buffer.flight.befor: 120"))
        #expect(errors.map(\.problem) == [.unknownSetting("buffer.flight.befor", suggestion: "buffer.flight.before")])
    }

    @Test("every problem in a file is reported, not only the first")
    func allProblems() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  titel: x\n  participants: [nobody]"))
        #expect(errors.count == 2)
    }

    @Test("messages exist in English too")
    func englishMessages() throws {
        let e = try #require(planErrors(minimalPlan(eventExtra: "  titel: x")).first)
        #expect(e.text(.en).contains("Did you mean 'title'?"))
        #expect(e.text(.zh).contains("是否應為「title」"))
    }
}
