import Testing
import TripModel

@testable import TripStore

/// Every refusal of a plan's value says how to fix it, in both languages — the rule the fuzzer holds
/// each refusal it meets to, checked here for every case so a new one cannot slip past it.
@Suite("Plan value refusals say the fix")
struct PlanValueProblemMessageTests {
    static let everyCase: [PlanValueProblem] = [
        .phone(key: "phone", value: "abc"),
        .zoneDisagrees(tz: "Asia/Seoul", place: "FUK", placeZone: "Asia/Tokyo"),
        .headcountBelowMembers(headcount: 1, members: 3),
        .badCount("zero"),
        .unknownRegion(region: "MA", city: "Springfeld", candidates: []),
        .unknownRegion(region: "MA", city: "Springfield", candidates: ["Springfield, IL", "Springfield, MO"]),
        .badTimeOrPart("25:99"),
        .badDepartBy("2026-03-14"),
    ]

    @Test("each case's zh-Hant message asks for a change, and its English one is its own text", arguments: everyCase)
    func eachCaseSaysTheFix(problem: PlanValueProblem) {
        let zh = problem.message.text(.zh)
        let en = problem.message.text(.en)
        #expect(zh.contains("請") || zh.contains("是否應為"), "no fix in: \(zh)")
        #expect(!en.isEmpty && en != zh)
    }
}
