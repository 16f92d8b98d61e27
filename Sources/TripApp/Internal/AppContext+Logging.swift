import Foundation
import TripModel
import TripStore

extension AppContext {
    /// The delegation and event a log entry goes to, with the database opened for writing,
    /// after checking that the requester may log on it.
    func logTarget(_ target: EventTarget) async throws -> (TripDatabase, Delegation, Event) {
        let database = try database(.existing)
        let d = try await delegation(target.trip, in: database, prefix: target.prefix)
        let e = try event(target.event, in: d)
        try Access.requireLog(requester, on: d)
        return (database, d, e)
    }
}

extension AppContext {
    /// A caption read as a plan photo's `caption`; nil when blank (no caption).
    func caption(_ text: String?, zone: Zone, in d: Delegation) throws -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try reader.readPhoto([PlanValue("caption", text)], zone: zone, in: d, baseDirectory: location.files).caption
    }
}
