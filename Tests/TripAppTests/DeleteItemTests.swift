import Foundation
import Testing
import TripApp
import TripModel

/// Events, legs and stays deleted after a confirmation: in one transaction, at the revision the
/// page showed, never an event holding logged material.
@Suite struct DeleteItemTests {
    func delegation(_ h: AppHarness) async throws -> Delegation {
        try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025"))
    }

    @Test("a leg confirmed at its revision is deleted and the others keep their order")
    func legDeleted() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await delegation(h).legs.map(\.id)
        let input = DeleteItem.Input(trip: "kyushu-2025", kind: .leg, id: "out")
        let preview = try await DeleteItem(h.context).preview(input)
        #expect(preview.problem == nil)
        try await DeleteItem(h.context).run(DeleteItem.Input(trip: "kyushu-2025", kind: .leg, id: "out", revision: preview.revision))
        #expect(try await delegation(h).legs.map(\.id) == before.filter { $0 != "out" })
    }

    @Test("an event with a clipping reporting on it is refused with what it holds, and nothing is deleted")
    func eventHoldingMaterialRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let input = DeleteItem.Input(trip: "kyushu-2025", kind: .event, id: "yanagibashi")
        let preview = try await DeleteItem(h.context).preview(input)
        guard case let .eventHolds(_, _, holdings)? = preview.problem else {
            Issue.record("no refusal: \(String(describing: preview.problem))")
            return
        }
        #expect(holdings.press >= 1 && preview.problem?.message.zh.contains("新聞") == true)
        do {
            try await DeleteItem(h.context).run(DeleteItem.Input(trip: "kyushu-2025", kind: .event, id: "yanagibashi", revision: preview.revision))
            Issue.record("an event holding a clipping was deleted")
        } catch {
            guard case .store(.eventHolds) = error else {
                Issue.record("got \(error)")
                return
            }
        }
        #expect(try await delegation(h).events.contains { $0.id == "yanagibashi" })
    }

    @Test("an event added and holding nothing is deleted")
    func emptyEventDeleted() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let values = ["title": "臨時拜會", "kind": "call", "date": "2025-09-02", "start": "16:00", "place": "fgn", "id": "extra"]
        _ = try await AddItem(h.context).run(AddItem.Input(trip: "kyushu-2025", kind: .event, values: values))
        let preview = try await DeleteItem(h.context).preview(DeleteItem.Input(trip: "kyushu-2025", kind: .event, id: "extra"))
        #expect(preview.problem == nil)
        try await DeleteItem(h.context).run(DeleteItem.Input(trip: "kyushu-2025", kind: .event, id: "extra", revision: preview.revision))
        #expect(try await !delegation(h).events.contains { $0.id == "extra" })
    }

    @Test("a confirmation from before the item changed deletes nothing")
    func staleConfirmation() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let preview = try await DeleteItem(h.context).preview(DeleteItem.Input(trip: "kyushu-2025", kind: .leg, id: "out"))
        var form = try await EditItem(h.context).form(trip: "kyushu-2025", kind: .leg, id: "out")
        form.values["number"] = "JX842"
        try await EditItem(h.context).run(EditItem.Input(trip: "kyushu-2025", kind: .leg, id: "out", revision: form.revision, values: form.values))
        do {
            try await DeleteItem(h.context).run(DeleteItem.Input(trip: "kyushu-2025", kind: .leg, id: "out", revision: preview.revision))
            Issue.record("a stale confirmation deleted the leg")
        } catch {
            guard case .itemConflict = error else {
                Issue.record("got \(error)")
                return
            }
        }
        #expect(try await delegation(h).legs.contains { $0.id == "out" && $0.number == "JX842" })
    }
}
