import Foundation
import Testing
import TripApp
import TripModel

/// `ReviewReport`: the draft looked at without writing files.
@Suite struct ReviewReportTests {
    @Test func theSectionsPromptsAddUpToTheDraftsPrompts() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let review = try await ReviewReport(h.context).run(ReviewReport.Input(trip: "kyushu-2025"))
        #expect(review.prompts > 0)
        #expect(review.sections.map(\.prompts).reduce(0, +) + review.coverPrompts == review.prompts)
    }

    @Test func aVisitSectionsPromptsAreFilledOnItsFirstEvent() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let review = try await ReviewReport(h.context).run(ReviewReport.Input(trip: "kyushu-2025"))
        let merged = try #require(review.sections.first { $0.heading == "五、台北駐福岡經濟文化分處、福岡台灣貿易投資中心" })
        #expect(merged.place == .event("taipei-office"))
        #expect(review.sections.first { $0.heading == "壹、摘要" }?.place == .prose(.summary))
        #expect(review.sections.first { $0.heading == "柒、新聞輿情蒐集" }?.place == .press)
    }

    @Test func theReviewCarriesTheReadinessFindingsOnly() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let review = try await ReviewReport(h.context).run(ReviewReport.Input(trip: "kyushu-2025"))
        #expect(review.readiness.allSatisfy { $0.code.rule == .report })
    }

    @Test func aCharacterWithoutAGlyphIsAWarningOfTheReview() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        _ = try await LogNote(h.context).run(LogNote.Input(EventTarget(trip: "kyushu-2025", event: "fgn"), text: "伊𪜶攏佇遮。"))
        let review = try await ReviewReport(h.context).run(ReviewReport.Input(trip: "kyushu-2025"))
        #expect(review.warnings.contains { $0.zh.contains("𪜶") })
        #expect(review.html.contains("伊𪜶攏佇遮。"))
    }

    @Test func anUnknownKindIsRefusedNamingTheNearest() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        await #expect(throws: AppError.self) { try await ReviewReport(h.context).run(ReviewReport.Input(trip: "kyushu-2025", kind: "tirp")) }
    }
}
