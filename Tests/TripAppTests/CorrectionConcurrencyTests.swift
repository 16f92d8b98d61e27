import Foundation
import Testing
import TripApp
import TripModel

/// Sixteen writers correcting one event at once (edits, deletions, undos, moves) lose nothing
/// acknowledged: every answer given is in the store and in the history.
@Suite struct CorrectionConcurrencyTests {
    @Test func sixteenWritersEditingDeletingAndUndoingOnOneEventLoseNothingAcknowledged() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let trip = "kyushu-2025"
        let target = EventTarget(trip: trip, event: "fgn")
        let results = try await withThrowingTaskGroup(of: (note: Int64, text: String, changes: [Int64]).self) { group in
            for w in 0..<16 {
                group.addTask {
                    let logged = try await LogNote(h.context).run(LogNote.Input(target, text: "writer \(w) note"))
                    let item = LoggedTarget(trip: trip, item: .note(logged.id))
                    var changes: [Int64] = []
                    var text = ""
                    for round in 0..<3 {
                        text = "writer \(w) round \(round)"
                        changes.append(try await EditLogged(h.context).run(EditLogged.Input(item, fields: ["text": text])).id)
                    }
                    let deleted = try await DeleteLogged(h.context).run(DeleteLogged.Input(item))
                    changes.append(deleted.id)
                    changes.append(try await UndoChange(h.context).run(UndoChange.Input(trip: trip, change: deleted.id)).id)
                    if w % 2 == 1 {
                        changes.append(try await MoveLogged(h.context).run(MoveLogged.Input(item, to: "yanagibashi")).id)
                    }
                    return (logged.id, text, changes)
                }
            }
            var all: [(note: Int64, text: String, changes: [Int64])] = []
            for try await r in group { all.append(r) }
            return all
        }
        let d = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: trip))
        let notes = d.events.flatMap { e in e.notes.map { (e.id, $0) } }
        let history = try await ReadHistory(h.context).run(ReadHistory.Input(trip: trip)).changes
        #expect(results.count == 16)
        for r in results {
            let stored = notes.first { $0.1.id == r.note }
            #expect(stored?.1.text == r.text)
            let odd = r.text.hasPrefix("writer ") && (Int(r.text.split(separator: " ")[1]) ?? 0) % 2 == 1
            #expect(stored?.0 == (odd ? "yanagibashi" : "fgn"))
        }
        let acknowledged = Set(results.flatMap(\.changes))
        #expect(Set(history.map(\.id)) == acknowledged)
        #expect(history.count == 16 * 5 + 8)
    }
}
