import Foundation
import Testing
import TripApp
import TripModel

/// Legs and stays edited in forms (`EditItem`): read as their plan entries, stored as an import
/// of the plan with that entry changed, refused when the item changed since the form was opened.
@Suite struct EditItemTests {
    static let usa = AppHarness.repo.appendingPathComponent("seeds/usa-2026.yaml")

    func delegation(_ h: AppHarness, _ trip: String) async throws -> Delegation {
        try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: trip))
    }

    /// Adds a stay `hotel` (the seeds have none) at the delegation's first event's place, for
    /// two members, with its phone and a remark given through its form.
    func addStay(_ h: AppHarness, _ trip: String) async throws {
        let d = try await delegation(h, trip)
        let place = try #require(d.events.compactMap(\.placeID).first)
        let members = d.members.prefix(2).map(\.id).joined(separator: ",")
        let values = ["place": place, "check_in": d.start.iso, "check_out": d.start.adding(days: 2).iso, "participants": members, "id": "hotel"]
        _ = try await AddItem(h.context).run(AddItem.Input(trip: trip, kind: .stay, values: values))
        var form = try await EditItem(h.context).form(trip: trip, kind: .stay, id: "hotel")
        form.values["phone"] = "+81 92-000-0000"
        form.values["remark"] = "含早餐"
        try await EditItem(h.context).run(EditItem.Input(trip: trip, kind: .stay, id: "hotel", revision: form.revision, values: form.values))
    }

    @Test("every leg and stay of both seeds saved as its form shows it comes back the same, its revision unchanged")
    func formRoundTrip() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await ImportPlan(h.context).run(ImportPlan.Input(.file(Self.usa, displayName: "usa-2026.yaml")))
        for trip in ["kyushu-2025", "usa-2026"] {
            try await addStay(h, trip)
            let before = try await delegation(h, trip)
            #expect(!before.legs.isEmpty && !before.stays.isEmpty)
            let items = before.legs.map { (EditItem.Kind.leg, $0.id) } + before.stays.map { (EditItem.Kind.stay, $0.id) }
            for (kind, id) in items {
                let form = try await EditItem(h.context).form(trip: trip, kind: kind, id: id)
                try await EditItem(h.context).run(EditItem.Input(trip: trip, kind: kind, id: id, revision: form.revision, values: form.values))
            }
            let after = try await delegation(h, trip)
            #expect(after.legs == before.legs, "\(trip)'s legs")
            #expect(after.stays == before.stays, "\(trip)'s stays")
            #expect(after.places.map(\.id) == before.places.map(\.id))
        }
    }

    @Test("a changed leg is stored in its place with a new airport, and a raised sequence")
    func legChanged() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await delegation(h, "kyushu-2025")
        var form = try await EditItem(h.context).form(trip: "kyushu-2025", kind: .leg, id: "out")
        form.values["to"] = "KIX"
        form.values["number"] = "JX820"
        form.values["arrive"] = "2025-08-31 12:30"
        try await EditItem(h.context).run(EditItem.Input(trip: "kyushu-2025", kind: .leg, id: "out", revision: form.revision, values: form.values))
        let after = try await delegation(h, "kyushu-2025")
        let leg = try #require(after.legs.first { $0.id == "out" })
        #expect(after.legs.map(\.id) == before.legs.map(\.id), "the leg keeps its place")
        #expect(leg.number == "JX820" && after.place(leg.toID)?.airportCode == "KIX")
        #expect(leg.arrival?.localText == "2025-08-31 12:30" && leg.arrival?.zone.identifier == "Asia/Tokyo")
        #expect(leg.sequence == form.revision + 1)
        #expect(leg.carrier == "星宇航空" && leg.remark == before.legs.first { $0.id == "out" }?.remark, "untouched values stay")
    }

    @Test("a form opened before the item changed saves nothing and carries both versions")
    func staleFormRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await addStay(h, "kyushu-2025")
        let form = try await EditItem(h.context).form(trip: "kyushu-2025", kind: .stay, id: "hotel")
        var first = form.values
        first["booking"] = "A-1"
        try await EditItem(h.context).run(EditItem.Input(trip: "kyushu-2025", kind: .stay, id: "hotel", revision: form.revision, values: first))
        var second = form.values
        second["booking"] = "B-2"
        do {
            try await EditItem(h.context).run(EditItem.Input(trip: "kyushu-2025", kind: .stay, id: "hotel", revision: form.revision, values: second))
            Issue.record("a stale form was saved")
        } catch {
            guard case let .itemConflict(conflict) = error, case let .stay(current) = conflict.current, case let .stay(attempted) = conflict.attempted
            else {
                Issue.record("got \(error)")
                return
            }
            #expect(current.booking == "A-1" && attempted.booking == "B-2" && conflict.revision == String(form.revision + 1))
        }
        let stay = try #require(try await delegation(h, "kyushu-2025").stays.first { $0.id == "hotel" })
        #expect(stay.booking == "A-1")
    }

    @Test("refused values are marked by key and nothing is saved")
    func refusedValues() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await addStay(h, "kyushu-2025")
        let before = try await delegation(h, "kyushu-2025")
        var form = try await EditItem(h.context).form(trip: "kyushu-2025", kind: .stay, id: "hotel")
        form.values["check_out"] = "2025-08-01"
        do {
            try await EditItem(h.context).run(
                EditItem.Input(trip: "kyushu-2025", kind: .stay, id: "hotel", revision: form.revision, values: form.values)
            )
            Issue.record("a check-out before the check-in was saved")
        } catch {
            guard case let .refused(problems) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(problems.problems.contains { $0.key == "check_out" })
        }
        #expect(try await delegation(h, "kyushu-2025").stays == before.stays)
    }

    @Test("an item that is not there, and a viewer, are refused")
    func missingItemAndViewer() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        await #expect(throws: AppError.self) { try await EditItem(h.context).form(trip: "kyushu-2025", kind: .leg, id: "yanagibashi") }
        let viewer = h.context.by(.user(WebUser(id: 9, name: "v", role: .viewer, grants: ["kyushu-2025": .viewer])))
        do {
            _ = try await EditItem(viewer).form(trip: "kyushu-2025", kind: .leg, id: "out")
            Issue.record("a viewer opened the form")
        } catch {
            guard case .forbidden = error else {
                Issue.record("got \(error)")
                return
            }
        }
    }
}
