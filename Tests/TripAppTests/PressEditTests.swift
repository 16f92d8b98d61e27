import Foundation
import Testing
import TripApp
import TripModel

/// A clipping edited from a form opened on an older copy (`ReadPressEdit`, `LogPress` with its revision).
@Suite struct PressEditUseCaseTests {
    @Test("an edit with the revision the form showed is saved; one from before it changed is refused and saves nothing")
    func staleClippingEdit() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let id = try #require(try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025")).press.first?.id)
        let read = try await ReadPressEdit(h.context).run(ReadPressEdit.Input(trip: "kyushu-2025", id: id))
        let trip = ReadDelegation.Input(trip: "kyushu-2025")
        try await LogPress(h.context).run(LogPress.Input(trip: trip, id: id, fields: LogPress.Fields(outlet: "西日本新聞"), revision: read.revision))
        do {
            try await LogPress(h.context).run(LogPress.Input(trip: trip, id: id, fields: LogPress.Fields(outlet: "讀賣新聞"), revision: read.revision))
            Issue.record("a stale edit was saved")
        } catch {
            guard case .loggedConflict = error else {
                Issue.record("got \(error)")
                return
            }
        }
        #expect(try await ReadPressEdit(h.context).run(ReadPressEdit.Input(trip: "kyushu-2025", id: id)).item.outlet == "西日本新聞")
    }
}
