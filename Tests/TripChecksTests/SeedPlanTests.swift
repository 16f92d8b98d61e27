import Foundation
import Testing
import TripChecks
import TripModel
import TripStore

@Suite("The Kyushu seed plan file, read by PlanReader")
struct SeedPlanTests {
    /// `seeds/kyushu-2025.yaml`, found from this file's place in the repository.
    static var seedURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/kyushu-2025.yaml")
    }

    @Test("seeds/kyushu-2025.yaml raises no conflict while planning, only that its plan records no hotels")
    func seedPlanWhilePlanning() throws {
        let plan = try PlanReader().read(fileAt: Self.seedURL)
        let result = Checker().check(plan.delegation, today: day("2025-08-01"))
        #expect(Set(result.diagnostics.map(\.code)) == [.lodgingMissing], "\(result.diagnostics.map(\.message.en))")
        #expect(result.counts.error == 0)
    }

    // 日南太陽花園 has no notes, but the seed's outline keeps it out of the report's body (as seed
    // 000 does): no notes are asked of it.
    @Test("after return the seed's report raises its real slips: 柳橋聯合/連合, a long summary, photo captions without files")
    func seedPlanAfterReturn() throws {
        let plan = try PlanReader().read(fileAt: Self.seedURL)
        let result = Checker().check(plan.delegation, today: day("2025-11-04"))
        let codes = Set(result.diagnostics.map(\.code))
        #expect(
            codes == [.lodgingMissing, .nameVariants, .summaryLength, .photoWithoutFile],
            "\(result.diagnostics.map(\.message.en))"
        )
        #expect(result.diagnostics.first { $0.code == .nameVariants }?.message.zh.contains("柳橋聯合市場") == true)
    }
}
