import Foundation
import Testing
import TripApp
import TripModel

/// The delegation's header edited in a form (`EditHeader`), read as the top of a plan file.
@Suite struct EditHeaderTests {
    static let usa = AppHarness.repo.appendingPathComponent("seeds/usa-2026.yaml")

    func delegation(_ h: AppHarness, _ trip: String = "kyushu-2025") async throws -> Delegation {
        try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: trip))
    }

    @Test("both seeds' headers saved as their forms show them come back the same")
    func formRoundTrip() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await ImportPlan(h.context).run(ImportPlan.Input(.file(Self.usa, displayName: "usa-2026.yaml")))
        for trip in ["kyushu-2025", "usa-2026"] {
            let before = try await delegation(h, trip)
            let form = try await EditHeader(h.context).form(trip: trip)
            try await EditHeader(h.context).run(EditHeader.Input(trip: trip, revision: form.revision, values: form.values))
            let after = try await delegation(h, trip)
            #expect(after.title == before.title && after.homeID == before.homeID && after.contactID == before.contactID, "\(trip)")
            #expect(after.start == before.start && after.end == before.end && after.status == before.status && after.reportDate == before.reportDate)
            #expect(after.events == before.events && after.legs == before.legs && after.members == before.members, "items untouched")
        }
    }

    @Test("a changed title, status and report date are stored; the purpose stays")
    func headerChanged() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await delegation(h)
        var form = try await EditHeader(h.context).form(trip: "kyushu-2025")
        form.values["title"] = "赴日本福岡考察出國報告"
        form.values["status"] = "filed"
        form.values["report_date"] = "2025-11-10"
        try await EditHeader(h.context).run(EditHeader.Input(trip: "kyushu-2025", revision: form.revision, values: form.values))
        let after = try await delegation(h)
        #expect(after.title == "赴日本福岡考察出國報告" && after.status == .filed && after.reportDate?.iso == "2025-11-10")
        #expect(after.purpose == before.purpose)
    }

    @Test("a last day before the first is refused by key; a stale form saves nothing")
    func refusedAndStale() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let form = try await EditHeader(h.context).form(trip: "kyushu-2025")
        var wrong = form.values
        wrong["end"] = "2025-08-01"
        do {
            try await EditHeader(h.context).run(EditHeader.Input(trip: "kyushu-2025", revision: form.revision, values: wrong))
            Issue.record("a last day before the first was saved")
        } catch {
            guard case let .refused(problems) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(problems.problems.contains { $0.key == "end" })
        }
        var first = form.values
        first["agency"] = "經濟發展局"
        try await EditHeader(h.context).run(EditHeader.Input(trip: "kyushu-2025", revision: form.revision, values: first))
        var second = form.values
        second["agency"] = "另一機關"
        do {
            try await EditHeader(h.context).run(EditHeader.Input(trip: "kyushu-2025", revision: form.revision, values: second))
            Issue.record("a stale form was saved")
        } catch {
            guard case let .headerConflict(conflict) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(conflict.current["agency"] == "經濟發展局" && conflict.attempted["agency"] == "另一機關")
        }
        #expect(try await delegation(h).agency == "經濟發展局")
    }
}
