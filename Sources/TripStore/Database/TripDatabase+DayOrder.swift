import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// The events of a date known only by their date (no clock time, no part of the day), in
    /// the order the schedule lists them: the plan's order, which is the user's to set.
    public static func dateOnlyEvents(on date: LocalDate, in d: Delegation) -> [Event] {
        d.events.filter { $0.date == date && $0.start.localTime == nil && $0.start.part == nil }
    }

    /// Moves a date-only event `step` places (-1 earlier, +1 later) among the date-only events of
    /// its date, in one transaction that first checks the day's order is still `order` (the ids
    /// the page showed): otherwise throws `EditConflict<[String]>` with the order now stored and
    /// moves nothing. Stored as an import of the plan with the two events' entries swapped would
    /// store it (positions only: no event's content, sequence or logged material changes).
    public func moveEvent(_ id: String, on date: LocalDate, in trip: String, by step: Int, order: [String], now: Date = Date()) async throws {
        try await write { db in
            guard let record = try DelegationRecord.fetchOne(db, key: trip) else { throw StoreError.noSuchDelegation(trip, suggestions: []) }
            var d = try self.load(db, record)
            let current = Self.dateOnlyEvents(on: date, in: d).map(\.id)
            guard current == order else { throw EditConflict(current: current, attempted: order, revision: current.joined(separator: ",")) }
            guard let k = current.firstIndex(of: id) else { throw StoreError.noSuchItem(kind: "event", id: id, delegation: trip) }
            let target = k + step
            guard step != 0, current.indices.contains(target) else { return }
            guard let a = d.events.firstIndex(where: { $0.id == id }), let b = d.events.firstIndex(where: { $0.id == current[target] }) else {
                return
            }
            d.events.swapAt(a, b)
            _ = try self.importPlanBody(d, photoFiles: [:], now: now)(db)
        }
    }
}
