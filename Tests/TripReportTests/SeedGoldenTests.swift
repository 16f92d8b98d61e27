import Foundation
import Testing
import TripModel
import TripStore

@testable import TripReport

/// The two real seeds (seeds/kyushu-2025.yaml, seeds/usa-2026.yaml) read through TripStore's
/// PlanReader and drafted: Markdown and HTML compared with Golden/ (RECORD_GOLDEN=1 re-records).
@Suite struct SeedGoldenTests {
    static let seeds = RepoTemplates.folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    func seed(_ name: String) throws -> Delegation {
        try PlanReader().read(fileAt: SeedGoldenTests.seeds.appendingPathComponent(name)).delegation
    }

    @Test func kyushuSeedTripReportMatchesGolden() throws {
        let render = try Render()
        let d = try seed("kyushu-2025.yaml")
        try GoldenTests().check(try render.markdown(d), "seed-kyushu-trip.md")
        try GoldenTests().check(try render.html(d), "seed-kyushu-trip.html")
    }

    @Test func usaSeedCouncilReportMatchesGolden() throws {
        let render = try Render()
        let d = try seed("usa-2026.yaml")
        try GoldenTests().check(try render.markdown(d, kind: "council"), "seed-usa-council.md")
        try GoldenTests().check(try render.html(d, kind: "council"), "seed-usa-council.html")
    }

    @Test func kyushuSeedKeepsTheSevenPartsAndNumbersEveryVisitOnce() throws {
        let doc = try Render().document(try seed("kyushu-2025.yaml"))
        #expect(doc.parts == ["壹、摘要", "貳、出國人員名單", "參、目的", "肆、過程", "伍、心得", "陸、建議", "柒、新聞輿情蒐集"])
        let numbers = doc.headings.filter { $0.level == 2 }.map(\.fullText)
        #expect(Set(numbers).count == numbers.count)
    }
}
