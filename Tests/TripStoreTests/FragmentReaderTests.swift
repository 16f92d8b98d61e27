import Foundation
import Testing
import TripModel

@testable import TripStore

/// A form's or a flag's values are read by the plan reader, in the context of the stored
/// delegation, and refused by key.
@Suite("One item read as in a plan file")
struct FragmentReaderTests {
    let d: Delegation

    init() throws { d = try readPlan(minimalPlan()) }

    func problems(_ body: () throws -> Void) -> [FieldProblem] {
        do {
            try body()
            return []
        } catch let error as FieldProblems {
            return error.problems
        } catch {
            Issue.record("not FieldProblems: \(error)")
            return []
        }
    }

    @Test("an event's end of 25:00 is refused on the end key")
    func impossibleEnd() {
        let found = problems {
            _ = try PlanReader().readEvent(
                [
                    PlanValue("id", "visit"), PlanValue("kind", "參訪"), PlanValue("title", "參訪市場"),
                    PlanValue("date", "2025-09-02"), PlanValue("start", "10:00"), PlanValue("end", "25:00"),
                    PlanValue("place", "福岡"),
                ],
                in: d
            )
        }
        #expect(found.map(\.key) == ["end"])
        #expect(found.first?.kind == .plan(.badTime("25:00")))
    }

    @Test("a line break in a title is refused as a character the field cannot hold, once")
    func lineBreakInTitle() {
        let found = problems {
            _ = try PlanReader().readEvent(
                [
                    PlanValue("id", "visit"), PlanValue("kind", "參訪"), PlanValue("title", "上\n下"),
                    PlanValue("date", "2025-09-02"),
                ],
                in: d
            )
        }
        #expect(found == [FieldProblem(key: "title", kind: .text(.lineBreak))])
    }

    @Test("a member with no name is refused on the name key")
    func blankMemberName() {
        let found = problems {
            _ = try PlanReader().readMember(
                [PlanValue("id", "lin"), PlanValue("name", "  "), PlanValue("unit", "局"), PlanValue("title", "專員")],
                in: d
            )
        }
        #expect(found == [FieldProblem(key: "name", kind: .plan(.missingKey("name")))])
    }

    @Test("a clipping for an event the delegation does not have is refused on the event key")
    func unknownEvent() {
        let found = problems {
            _ = try PlanReader().readPressItem(
                [
                    PlanValue("id", "p"), PlanValue("date", "2025-09-02"), PlanValue("outlet", "報"),
                    PlanValue("event", "visti"),
                ],
                in: d,
                baseDirectory: fixture("")
            )
        }
        #expect(found.map(\.key) == ["event"])
    }

    @Test("a note keeps its paragraphs and refuses a bell character")
    func noteText() throws {
        #expect(try PlanReader().readNote([PlanValue("text", "一\n\n二")], zone: .taipei, in: d).text == "一\n\n二")
        let found = problems { _ = try PlanReader().readNote([PlanValue("text", "叮\u{7}")], zone: .taipei, in: d) }
        #expect(found == [FieldProblem(key: "text", kind: .text(.controlCharacter(7)))])
    }

    @Test("a value with quotes, colons and a YAML-looking text reads back exactly")
    func valuesAreNotInterpretedAsYAML() throws {
        let tricky = "\"引號\": [不是清單] #不是註解 &anchor *alias"
        let c = try PlanReader().readCounterpart([PlanValue("name", tricky), PlanValue("title", "null"), PlanValue("organisation", "yes")], in: d)
        #expect(c == Counterpart(name: tricky, title: "null", organisation: "yes"))
    }
}
