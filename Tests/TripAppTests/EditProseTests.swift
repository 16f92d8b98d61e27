import Foundation
import Testing
import TripApp
import TripModel

/// `EditProse` and `ReadProse`: the report's prose written field by field, with the plan file's
/// validation and a revision check.
@Suite struct EditProseTests {
    let trip = "kyushu-2025"

    func read(_ h: AppHarness) async throws -> Delegation {
        try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: trip))
    }

    func revision(_ h: AppHarness, _ field: ProseField) async throws -> String {
        ProseText(field, of: try await read(h)).revision
    }

    @Test func purposeSummaryAndSuggestionsAreSavedAsTyped() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        for (field, text) in [(ProseField.purpose, "目的第一段。\n\n目的第二段。"), (.summary, "新的摘要。"), (.suggestions, "建議一。")] {
            let saved = try await EditProse(h.context).run(
                EditProse.Input(trip: trip, field: field, revision: try await revision(h, field), text: text)
            )
            #expect(saved.value.text == text)
        }
        let d = try await read(h)
        #expect(d.purpose == "目的第一段。\n\n目的第二段。" && d.summary == "新的摘要。" && d.suggestions == "建議一。")
    }

    @Test func aBrowsersLineBreaksAndSurroundingSpaceAreStoredAsThePlanFileHasThem() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let text = "  第一段。\r\n\r\n第二段。\r\n  "
        try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .summary, revision: try await revision(h, .summary), text: text))
        #expect(try await read(h).summary == "第一段。\n\n第二段。")
    }

    @Test func aBlankTextClearsTheFieldSoTheReportShowsItsPromptAgain() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .purpose, revision: try await revision(h, .purpose), text: " \n "))
        #expect(try await read(h).purpose == nil)
        let purpose = try #require(try await ReadProse(h.context).run(ReadProse.Input(trip: trip)).entries.first { $0.field == .purpose })
        #expect(purpose.drafted.contains { $0.contains("【待填】") })
        #expect(purpose.findings.contains { $0.code == .sectionEmpty })
    }

    @Test func aReflectionIsSavedByPositionWithItsTheme() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await read(h).reflections
        try await EditProse(h.context).run(
            EditProse.Input(trip: trip, field: .reflection(1), revision: try await revision(h, .reflection(1)), theme: "新主題", text: "新心得。")
        )
        let after = try await read(h).reflections
        #expect(after.count == before.count)
        #expect(after[1] == Reflection(theme: "新主題", text: "新心得。"))
        #expect(after[0] == before[0] && Array(after.dropFirst(2)) == Array(before.dropFirst(2)))
    }

    @Test func oneReflectionPastTheLastIsAdded() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let count = try await read(h).reflections.count
        let field = ProseField.reflection(count)
        try await EditProse(h.context).run(EditProse.Input(trip: trip, field: field, revision: try await revision(h, field), theme: nil, text: "結尾。"))
        let after = try await read(h).reflections
        #expect(after.count == count + 1 && after.last == Reflection(theme: nil, text: "結尾。"))
    }

    @Test func aBlankReflectionIsRemovedAndTheLaterOnesMoveUp() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await read(h).reflections
        try #require(before.count >= 3)
        try await EditProse(h.context).run(
            EditProse.Input(trip: trip, field: .reflection(0), revision: try await revision(h, .reflection(0)), theme: "", text: "")
        )
        #expect(try await read(h).reflections == Array(before.dropFirst()))
    }

    @Test func aReflectionBeyondTheNextToAddIsNotFound() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let count = try await read(h).reflections.count
        await #expect {
            try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .reflection(count + 3), revision: nil, text: "x"))
        } throws: { error in
            guard case .store(.noSuchReflection(count + 3, _, count)) = error as? AppError else { return false }
            return true
        }
    }

    @Test func aControlCharacterIsRefusedByTheFieldsKeyAndNothingIsSaved() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await read(h).summary
        await #expect {
            try await EditProse(h.context).run(
                EditProse.Input(trip: trip, field: .summary, revision: try await revision(h, .summary), text: "摘要\u{1B}[31m")
            )
        } throws: { error in
            guard case let .refused(problems) = error as? AppError else { return false }
            return problems.problems == [FieldProblem(key: "summary", kind: .text(.controlCharacter(0x1B)))]
        }
        #expect(try await read(h).summary == before)
    }

    @Test func aThemeWithALineBreakOrWithoutTextIsRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let field = ProseField.reflection(0)
        await #expect {
            try await EditProse(h.context).run(EditProse.Input(trip: trip, field: field, revision: nil, theme: "一\n二", text: "內容"))
        } throws: { error in
            guard case let .refused(problems) = error as? AppError else { return false }
            return problems.problems.map(\.key) == ["theme"]
        }
        await #expect {
            try await EditProse(h.context).run(EditProse.Input(trip: trip, field: field, revision: nil, theme: "主題", text: "  "))
        } throws: { error in
            guard case let .refused(problems) = error as? AppError else { return false }
            return problems.problems == [FieldProblem(key: "reflection-1", kind: .text(.empty))]
        }
    }

    @Test func aSaveOverTextChangedMeanwhileSavesNothingAndCarriesBothVersions() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let opened = try await revision(h, .summary)
        try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .summary, revision: opened, text: "甲寫的摘要。"))
        await #expect {
            try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .summary, revision: opened, text: "乙寫的摘要。"))
        } throws: { error in
            guard case let .proseConflict(field, conflict) = error as? AppError else { return false }
            return field == .summary && conflict.current.text == "甲寫的摘要。" && conflict.attempted.text == "乙寫的摘要。"
                && conflict.revision == ProseText(text: "甲寫的摘要。").revision
        }
        #expect(try await read(h).summary == "甲寫的摘要。")
    }

    @Test func viewersAndOtherMembersMayNotWriteTheProseButTheLeaderMay() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let input = EditProse.Input(trip: trip, field: .suggestions, revision: nil, text: "團長的建議。")
        for user in [WebUser(id: 2, name: "訪客", role: .viewer, grants: ["kyushu-2025": .viewer]), WebUser(id: 3, name: "葉珀如", role: .member)] {
            await #expect {
                try await EditProse(h.context.by(.user(user))).run(input)
            } throws: { error in
                guard case .forbidden = error as? AppError else { return false }
                return true
            }
        }
        #expect(try await read(h).suggestions != "團長的建議。")
        try await EditProse(h.context.by(.user(WebUser(id: 5, name: "張峯源", role: .member)))).run(input)
        #expect(try await read(h).suggestions == "團長的建議。")
    }

    @Test func theSummaryEntryCarriesItsLengthFindingAndLimits() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .summary, revision: nil, text: "太短的摘要。"))
        let read = try await ReadProse(h.context).run(ReadProse.Input(trip: trip))
        let summary = try #require(read.entries.first { $0.field == .summary })
        #expect(read.summaryLimits.low == 200 && read.summaryLimits.high == 300)
        #expect(summary.findings.contains { $0.code == .summaryLength && $0.message.zh.contains("6 個中文字") })
        #expect(ProseCheck.count("太短的摘要。") == 6)
    }

    @Test func theEntriesAreTheFieldsInTheReportsOrderWithOneReflectionToAdd() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let d = try await read(h)
        let read = try await ReadProse(h.context).run(ReadProse.Input(trip: trip))
        #expect(read.entries.map(\.field) == ProseField.all(reflections: d.reflections.count + 1))
        #expect(read.entries.first { $0.field == .reflection(d.reflections.count) }?.value.isEmpty == true)
    }

    @Test func aCouncilDelegationsSummaryShowsTheCouncilClosingPromptDraftedFromIt() async throws {
        let h = try AppHarness()
        defer { h.remove() }
        let usa = AppHarness.repo.appendingPathComponent("seeds/usa-2026.yaml")
        try await ImportPlan(h.context).run(ImportPlan.Input(.file(usa, displayName: "usa-2026.yaml")))
        try await EditProse(h.context).run(EditProse.Input(trip: "usa-2026", field: .summary, revision: nil, text: ""))
        let read = try await ReadProse(h.context).run(ReadProse.Input(trip: "usa-2026"))
        let summary = try #require(read.entries.first { $0.field == .summary })
        #expect(summary.drafted.contains { $0.contains("【待填】請撰寫結語") })
        #expect(Set(summary.drafted).count == summary.drafted.count)
    }

    @Test func ofTwoSavesFromTheSamePageAtOnceOneIsSavedAndTheOtherGetsItBack() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let opened = try await revision(h, .suggestions)
        let texts = ["甲同時寫的建議。", "乙同時寫的建議。"]
        let outcomes = await withTaskGroup(of: (String, AppError?).self) { group in
            for text in texts {
                group.addTask {
                    do {
                        try await EditProse(h.context).run(EditProse.Input(trip: trip, field: .suggestions, revision: opened, text: text))
                        return (text, nil)
                    } catch let error as AppError {
                        return (text, error)
                    } catch {
                        return (text, .unexpected("\(error)"))
                    }
                }
            }
            return await group.reduce(into: [(String, AppError?)]()) { $0.append($1) }
        }
        let saved = outcomes.filter { $0.1 == nil }.map { $0.0 }
        #expect(saved.count == 1)
        let stored = try await read(h).suggestions
        #expect(stored == saved.first)
        for (text, error) in outcomes where error != nil {
            guard case let .proseConflict(_, conflict)? = error else {
                Issue.record("\(String(describing: error))")
                continue
            }
            #expect(conflict.current.text == stored && conflict.attempted.text == text)
        }
    }

    @Test func theContactPersonsMemberAccountMayWriteTheProseAsTheLeadersDoes() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        var d = try await read(h)
        let yeh = Requester.user(WebUser(id: 3, name: "葉珀如", role: .member))
        #expect(!Access.mayWriteProse(yeh, on: d))
        d.contactID = "yeh"
        #expect(Access.mayWriteProse(yeh, on: d))
        #expect(Access.mayWriteProse(.user(WebUser(id: 5, name: "chang", role: .member)), on: d))
        #expect(!Access.mayWriteProse(.user(WebUser(id: 6, name: "張峯源", role: .viewer, grants: ["kyushu-2025": .viewer])), on: d))
    }
}
