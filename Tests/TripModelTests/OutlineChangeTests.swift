import Testing
import TripModel

/// The outline controls as changes to the value: each does one thing, refuses at the edges.
@Suite struct OutlineChangeTests {
    let outline = ReportOutline(
        kind: "trip",
        sections: [
            OutlineSection(events: ["a"]), OutlineSection(events: ["b"]),
            OutlineSection(heading: "組", sections: [OutlineSection(events: ["c"]), OutlineSection(events: ["d", "e"])]),
        ]
    )

    @Test func movingUpSwapsWithTheSectionBefore() throws {
        let moved = try outline.applying(.moveUp(OutlinePath([2])))
        #expect(moved.sections.map(\.events) == [["b"], ["a"], []])
    }

    @Test func movingDownInsideAGroupStaysInTheGroup() throws {
        let moved = try outline.applying(.moveDown(OutlinePath([3, 1])))
        #expect(moved.sections[2].sections.map(\.events) == [["d", "e"], ["c"]])
    }

    @Test func theFirstSectionCannotMoveUp() {
        #expect(throws: OutlineProblem.atEdge(OutlinePath([1]), .moveUp)) { try outline.applying(.moveUp(OutlinePath([1]))) }
    }

    @Test func mergingTakesTheNextSectionsVisits() throws {
        let merged = try outline.applying(.mergeWithNext(OutlinePath([1])))
        #expect(merged.sections.map(\.events) == [["a", "b"], []])
    }

    @Test func theLastSectionHasNothingToMergeWith() {
        #expect(throws: OutlineProblem.atEdge(OutlinePath([3, 2]), .merge)) { try outline.applying(.mergeWithNext(OutlinePath([3, 2]))) }
    }

    @Test func splittingGivesEachVisitItsOwnSection() throws {
        let split = try outline.applying(.split(OutlinePath([3, 2])))
        #expect(split.sections[2].sections.map(\.events) == [["c"], ["d"], ["e"]])
    }

    @Test func aSectionOfOneVisitCannotBeSplit() {
        #expect(throws: OutlineProblem.nothingToSplit(OutlinePath([1]))) { try outline.applying(.split(OutlinePath([1]))) }
    }

    @Test func hidingKeepsTheSectionButOutOfTheBody() throws {
        let hidden = try outline.applying(.show(OutlinePath([2]), false))
        #expect(hidden.sections[1].inBody == false && hidden.sections[1].events == ["b"])
        #expect(try hidden.applying(.show(OutlinePath([2]), true)) == outline)
    }

    @Test func renamingSetsTheHeadingAndAnEmptyOneGoesBackToTheTitles() throws {
        let renamed = try outline.applying(.rename(OutlinePath([1]), " 拜會副知事 "))
        #expect(renamed.sections[0].heading == "拜會副知事")
        #expect(try renamed.applying(.rename(OutlinePath([1]), "")).sections[0].heading == nil)
    }

    @Test func aHeadingWithALineBreakIsRefused() {
        #expect(throws: OutlineProblem.heading(.lineBreak)) { try outline.applying(.rename(OutlinePath([1]), "兩\n行")) }
    }

    @Test func aSectionsTextIsSetAndABlankOneGoesBackToTheNotes() throws {
        let written = try outline.applying(.text(OutlinePath([2]), "第一段。\r\n\r\n第二段。\n"))
        #expect(written.sections[1].text == "第一段。\n\n第二段。")
        #expect(try written.applying(.text(OutlinePath([2]), "  \n")).sections[1].text == nil)
    }

    @Test func aSectionTextWithAControlCharacterIsRefused() {
        #expect(throws: OutlineProblem.text(.controlCharacter(7))) { try outline.applying(.text(OutlinePath([1]), "響\u{07}鈴")) }
    }

    @Test func aPathToNoSectionIsRefused() {
        #expect(throws: OutlineProblem.noSection(OutlinePath([9]))) { try outline.applying(.moveUp(OutlinePath([9]))) }
        #expect(throws: OutlineProblem.noSection(OutlinePath([1, 1]))) { try outline.applying(.moveUp(OutlinePath([1, 1]))) }
    }

    @Test func aPathIsReadFromItsNumberAndNothingElse() {
        #expect(OutlinePath(text: "2.1") == OutlinePath([2, 1]))
        #expect(OutlinePath(text: "0") == nil)
        #expect(OutlinePath(text: "99999999999999999999") == nil)
        #expect(OutlinePath(text: "1..2") == nil)
        #expect(OutlinePath(text: "١") == nil)
    }
}
