import Foundation
import Testing
import TripModel

@testable import TripStore

/// The store's errors are `UserFacingError`s: one `LocalizedText` each, read in either language.
@Suite struct UserFacingErrorTests {
    @Test("a plan error is its located line in each language, as printed")
    func planErrorLine() throws {
        let error = PlanError(file: "plan.yaml", line: 3, column: 7, problem: .badDate("2025-02-30"))
        #expect(error.message.zh.hasPrefix("plan.yaml:3:7: 錯誤: 「2025-02-30」不是有效日期"))
        #expect(error.message.en.hasPrefix("plan.yaml:3:7: error: '2025-02-30' is not a valid date"))
        #expect(error.text(.zh) == error.message.zh && error.text(.en) == error.message.en)
        #expect(error.message(.en) == PlanProblem.badDate("2025-02-30").text(.en))
    }

    @Test("a plan's errors past the screenful end with how many more, in each language")
    func planErrorsMore() {
        let one = PlanError(file: "p.yaml", line: 1, column: 1, problem: .missingKey("title"))
        let errors = PlanErrors([one, one, one], uncounted: 1_000)
        #expect(errors.message(limit: 2).zh.hasSuffix("…另有 1,001 個錯誤（請先修正以上錯誤，再重新檢查）。"))
        #expect(errors.message(limit: 2).en.hasSuffix("… and 1,001 more errors (fix those above first, then check again)."))
        #expect(errors.text(.en, limit: 2) == errors.message(limit: 2).en)
    }

    @Test("an id used twice names the kind of item in each language")
    func itemKindsNamed() {
        #expect(PlanProblem.duplicateID(kind: "leg", id: "out", firstLine: 4).text(.zh).hasPrefix("交通 id「out」重複"))
        #expect(StoreError.idTaken(kind: "member", id: "m3").text(.zh).hasPrefix("人員 id「m3」已有人使用"))
        #expect(StoreError.idTaken(kind: "member", id: "m3").text(.en).hasPrefix("member id 'm3' is already used"))
    }

    @Test("an edit someone else saved first says so in each language")
    func conflictsWorded() {
        let conflict = EditConflict(current: "舊", attempted: "新", revision: "r1")
        #expect(conflict.text(.zh).contains("已被他人修改") && conflict.text(.en).contains("Someone else changed"))
    }
}
