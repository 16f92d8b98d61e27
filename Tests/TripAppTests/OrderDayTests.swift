import Foundation
import Testing
import TripApp
import TripModel

/// A day's date-only events ordered by the user (`OrderDay`).
@Suite struct OrderDayTests {
    /// The first day of the Kyushu seed with two or more date-only events.
    func day(_ h: AppHarness) async throws -> OrderDay.Preview {
        let d = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025"))
        for date in d.start.through(d.end) {
            let p = try await OrderDay(h.context).preview(trip: "kyushu-2025", date: date)
            if p.events.count > 1 { return p }
        }
        throw AppError.notFound("a day to order")
    }

    @Test("the last event moved later and the first moved earlier stay where they are; a middle move swaps two")
    func movesWithinTheDay() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let p = try await day(h)
        let date = try #require(p.events.first?.date)
        let ids = p.events.map(\.id)
        try await OrderDay(h.context).run(OrderDay.Input(trip: "kyushu-2025", date: date, event: ids[0], step: -1, revision: p.revision))
        try await OrderDay(h.context).run(OrderDay.Input(trip: "kyushu-2025", date: date, event: ids[ids.count - 1], step: 1, revision: p.revision))
        #expect(try await OrderDay(h.context).preview(trip: "kyushu-2025", date: date).events.map(\.id) == ids)
        try await OrderDay(h.context).run(OrderDay.Input(trip: "kyushu-2025", date: date, event: ids[1], step: -1, revision: p.revision))
        let after = try await OrderDay(h.context).preview(trip: "kyushu-2025", date: date)
        #expect(after.events.map(\.id) == [ids[1], ids[0]] + ids.dropFirst(2))
        #expect(after.events.allSatisfy { a in a.sequence == p.events.first { $0.id == a.id }?.sequence }, "no event's content changed")
    }

    @Test("a move against an order changed since moves nothing")
    func staleOrder() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let p = try await day(h)
        let date = try #require(p.events.first?.date)
        let ids = p.events.map(\.id)
        try await OrderDay(h.context).run(OrderDay.Input(trip: "kyushu-2025", date: date, event: ids[0], step: 1, revision: p.revision))
        do {
            try await OrderDay(h.context).run(OrderDay.Input(trip: "kyushu-2025", date: date, event: ids[0], step: 1, revision: p.revision))
            Issue.record("a stale move was made")
        } catch {
            guard case let .orderConflict(conflict) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(conflict.current == [ids[1], ids[0]] + ids.dropFirst(2))
        }
    }
}
