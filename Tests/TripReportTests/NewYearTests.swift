import Foundation
import Testing
import TripModel

@testable import TripReport

/// A delegation over New Year (cases/integrity/new-year-summary.yaml): every date range the
/// report draws names the year on both ends when it changes (issue 9 §5).
@Suite struct NewYearTests {
    /// The case's delegation: 2025-12-29 to 2026-01-03 in Fukuoka, two visits.
    static func delegation() -> Delegation {
        typealias F = Fixture
        var d = Kyushu.delegation()
        d.summary = nil
        d.start = F.date(2025, 12, 29)
        d.end = F.date(2026, 1, 3)
        d.legs = []
        d.events = [
            F.event("v1", .call, "拜會福岡辦事處", F.date(2025, 12, 30), place: "fukuoka", notes: ["紀錄。"]),
            F.event("v2", .study, "新年參訪", F.date(2026, 1, 2), place: "fukuoka", notes: ["紀錄。"]),
        ]
        d.press = []
        return d
    }

    @Test func theDraftedSummaryKeepsTheReturnYear() throws {
        let summary = try Render().generator.draftSummary(for: Self.delegation())
        #expect(summary.contains("於 114 年 12 月 29 日率團"))
        #expect(summary.contains("至 115 年 1 月 3 日返國"))
    }

    @Test func withinOneYearTheReturnDateIsMonthAndDay() throws {
        let summary = try Render().generator.draftSummary(for: Kyushu.delegation())
        #expect(summary.contains("至 9 月 6 日返國"))
    }

    @Test func theCoverPeriodNamesBothYears() throws {
        let doc = try Render().document(Self.delegation())
        #expect(doc.coverLines.contains { $0.contains("114 年 12 月 29 日至 115 年 1 月 3 日") })
    }

    @Test func theCouncilItineraryGroupOverNewYearNamesBothYears() throws {
        var d = Self.delegation()
        d.council = USA.delegation().council
        let table = try #require(try Render().document(d, kind: "council").tables.first)
        let first = try #require(table.rows.first?.first)
        #expect(first.lines.first == "114/12/30（二）—115/1/2（五）")
    }
}
