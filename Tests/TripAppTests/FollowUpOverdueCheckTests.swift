import Foundation
import Testing
import TripApp
import TripModel

/// The past-due check through `CheckPlan`, on a fixed clock: "today" is the delegation's home
/// day (Taichung), not the UTC day.
@Suite struct FollowUpOverdueCheckTests {
    /// A context over the harness's data folder whose clock reads `seconds` since 1970 (UTC).
    func context(_ h: AppHarness, at seconds: Double) -> AppContext {
        AppContext(
            location: DataLocation(databasePath: h.folder.appendingPathComponent("t.sqlite").path),
            now: { Date(timeIntervalSince1970: seconds) },
            photoCache: h.folder.appendingPathComponent("cache")
        )
    }

    @Test func anOpenFollowUpIsPastDueFromTheDayAfterItsDueDateAtHome() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await LogFollowUp(h.context).run(
            LogFollowUp.Input(EventTarget(trip: "kyushu-2025", event: "fgn"), task: "寄送感謝函", owner: "yeh", due: "2025-09-20")
        )
        // 2025-09-20 15:30 UTC is 2025-09-20 23:30 in Taichung: due today, not past due.
        let sameDay = try await CheckPlan(context(h, at: 1_758_382_200)).run(CheckPlan.Input(.stored(ReadDelegation.Input(trip: "kyushu-2025"))))
        #expect(!sameDay.diagnostics.contains { $0.code == .followUpOverdue })
        // 2025-09-20 16:30 UTC is 2025-09-21 00:30 in Taichung: a day past due, though still the 20th in UTC.
        let nextDay = try await CheckPlan(context(h, at: 1_758_385_800)).run(CheckPlan.Input(.stored(ReadDelegation.Input(trip: "kyushu-2025"))))
        let found = nextDay.diagnostics.filter { $0.code == .followUpOverdue }
        #expect(found.count == 1 && found.first?.items == ["fgn"] && found.first?.members == ["yeh"])
        #expect(found.first?.message.zh.contains("逾期 1 天") == true)
    }
}
