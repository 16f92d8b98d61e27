import Foundation
import Testing
import TripModel

@testable import TripStore

/// `outline:` in a plan file: read, refused where it is wrong (line:column, with the fix),
/// stored and exported as written.
@Suite struct OutlineReaderTests {
    /// The minimal plan with a second event and an outline.
    func plan(_ outline: String) -> String {
        minimalPlan(
            extra: """
                - id: market
                  kind: 參訪
                  title: 參訪第二市場
                  date: 2025-09-02
                  place: 福岡
                outline:
                \(outline)
                """
        )
    }

    /// Line (1-based) of the first line holding `text`.
    func line(of text: String, in plan: String) -> Int? {
        plan.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test func anOutlineIsReadWithItsSectionsBlocksAndHeadings() throws {
        let d = try readPlan(
            plan(
                """
                - report: trip
                  headings:
                    過程: 考察過程
                  blocks:
                    counterparts: false
                  sections:
                  - heading: 兩個市場
                    events: [visit, market]
                    blocks:
                      photos: false
                """
            )
        )
        #expect(
            d.outlines == [
                ReportOutline(
                    kind: "trip",
                    headings: [HeadingChange(from: "過程", to: "考察過程")],
                    blocks: [.counterparts: false],
                    sections: [OutlineSection(heading: "兩個市場", events: ["visit", "market"], blocks: [.photos: false])]
                )
            ]
        )
    }

    @Test func anUnknownEventIsRefusedAtItsPlaceWithTheNearestId() throws {
        let text = plan("- report: trip\n  sections:\n  - events: [markte]")
        let e = try #require(planErrors(text).first)
        #expect(e.problem == .value(.notAnEvent("markte", suggestion: "market")))
        #expect(e.line == line(of: "markte", in: text))
        #expect(e.column > 1)
    }

    @Test func anEventInTwoSectionsIsRefusedNamingTheFirst() throws {
        let text = plan("- report: trip\n  sections:\n  - events: [visit]\n  - events: [visit]")
        let errors = planErrors(text)
        let first = try #require(line(of: "- events: [visit]", in: text))
        #expect(errors.map(\.problem) == [.value(.outlineEventTwice("visit", firstLine: first))])
        #expect(errors.first?.line == first + 1)
    }

    @Test func aSectionWithNothingToShowIsRefused() throws {
        let errors = planErrors(plan("- report: trip\n  sections:\n  - heading: 空的"))
        #expect(errors.map(\.problem) == [.value(.emptyOutlineSection)])
        #expect(errors.first?.text(.zh).contains("events") == true)
    }

    @Test func aSectionWithoutEventsNeedsAHeading() throws {
        let errors = planErrors(plan("- report: trip\n  sections:\n  - text: 只有文字"))
        #expect(errors.map(\.problem) == [.value(.outlineNeedsHeading)])
    }

    @Test func aHeadingIsCheckedLikeEveryTextField() throws {
        let errors = planErrors(plan("- report: trip\n  sections:\n  - heading: \"兩\\u0007行\"\n    events: [visit]"))
        guard case .text(key: "heading", _)? = errors.first?.problem else {
            Issue.record("got \(errors.map(\.problem))")
            return
        }
    }

    @Test func aBlockSwitchThatIsNotTrueOrFalseIsRefused() throws {
        let errors = planErrors(plan("- report: trip\n  blocks:\n    outcomes: maybe"))
        #expect(errors.map(\.problem) == [.badValue(key: "outcomes", value: "maybe", allowed: ["true", "false"])])
    }

    @Test func anUnknownBlockIsRefusedWithTheNearestName() throws {
        let errors = planErrors(plan("- report: trip\n  blocks:\n    outcome: false"))
        #expect(errors.map(\.problem) == [.unknownKey("outcome", suggestion: "outcomes")])
    }

    @Test func twoOutlinesForOneKindAreRefused() throws {
        let text = plan("- report: trip\n  sections:\n  - events: [visit]\n- report: trip\n  sections:\n  - events: [market]")
        let first = try #require(line(of: "- report: trip", in: text))
        #expect(planErrors(text).map(\.problem) == [.value(.outlineKindTwice(kind: "trip", firstLine: first))])
    }

    @Test func sectionsNestedTooDeepAreRefused() throws {
        let errors = planErrors(
            plan(
                """
                - report: council
                  sections:
                  - heading: 一
                    sections:
                    - heading: 二
                      sections:
                      - heading: 三
                        sections:
                        - events: [visit]
                """
            )
        )
        #expect(errors.map(\.problem) == [.value(.outlineTooDeep(depth: 3))])
    }

    @Test func anOutlineIsStoredAndExportedAsWritten() throws {
        let outline = """
            - report: trip
              headings:
                過程: 考察過程
              blocks:
                counterparts: false
                outcomes: true
              sections:
              - heading: 兩個市場
                events: [visit, market]
                text: |
                  第一段。

                  第二段。
              - heading: 分組
                body: false
                sections:
                - heading: 無
                  text: |
                    說明。
            """
        let d = try readPlan(plan(outline))
        let db = try TripDatabase.inMemory()
        _ = try db.importPlan(d)
        let stored = try db.delegation("mini")
        #expect(stored.outlines == d.outlines)
        let exported = try PlanWriter().write(stored)
        #expect(try readPlan(exported).outlines == d.outlines)
        #expect(exported.hasSuffix("outline:\n" + outline + "\n"))
    }

    @Test func reimportingAPlanWithoutAnOutlineRemovesIt() throws {
        let db = try TripDatabase.inMemory()
        _ = try db.importPlan(try readPlan(plan("- report: trip\n  sections:\n  - events: [visit]")))
        _ = try db.importPlan(try readPlan(minimalPlan()))
        #expect(try db.delegation("mini").outlines.isEmpty)
    }
}
