import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// A page of the delegation list is the same rows, in the same order, as the whole list.
@Suite("Delegation list pages")
struct ListPageTests {
    @Test("pages of the list, one after another, are the whole list in its order")
    func pagesConcatenateToTheWholeList() throws {
        let db = try TripDatabase.inMemory()
        var d = try readPlan(minimalPlan())
        for i in 0..<23 {
            d.id = "trip-\(i)"
            d.start = LocalDate(dayNumber: d.start.dayNumber + (i % 3))
            d.end = LocalDate(dayNumber: d.end.dayNumber + (i % 3))
            _ = try db.importPlan(d)
        }
        let all = try db.delegations()
        var paged: [DelegationSummary] = []
        for offset in stride(from: 0, to: 30, by: 10) { paged += try db.delegations(limit: 10, offset: offset) }
        #expect(all.count == 23)
        #expect(paged == all)
    }

    @Test("a page among some delegations (a member's) holds only those, in the list's order")
    func pageAmongSomeDelegations() throws {
        let db = try TripDatabase.inMemory()
        var d = try readPlan(minimalPlan())
        for i in 0..<6 {
            d.id = "trip-\(i)"
            _ = try db.importPlan(d)
        }
        let chosen: Set<String> = ["trip-1", "trip-4", "trip-5"]
        #expect(try db.delegations(limit: 2, offset: 0, among: chosen).map(\.id) == ["trip-1", "trip-4"])
        #expect(try db.delegations(limit: 2, offset: 2, among: chosen).map(\.id) == ["trip-5"])
        #expect(try db.delegations(limit: 2, offset: 0, among: []).isEmpty)
    }

    @Test("the list is read along its index, not sorted on each read")
    func listReadsAlongItsIndex() throws {
        let db = try TripDatabase.inMemory()
        let details = try db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT d.id FROM delegation d ORDER BY d.startDate DESC, d.id LIMIT 51").map {
                $0["detail"] as String
            }
        }
        #expect(details.contains { $0.contains("delegationListOrder") })
        #expect(!details.contains { $0.contains("TEMP B-TREE") })
    }
}
