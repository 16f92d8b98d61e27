import Foundation
import TripModel

/// Zones already validated, by identifier: checking one against the system's database costs
/// more than a row lookup, and a plan names few distinct zones.
final class ZoneCache: @unchecked Sendable {
    // @unchecked: `zones` is only touched while `lock` is held.
    private let lock = NSLock()
    private var zones: [String: Zone?] = [:]

    /// The zone, or nil when the identifier is not a known IANA zone.
    func zone(_ identifier: String) -> Zone? {
        lock.lock()
        defer { lock.unlock() }
        if let known = zones[identifier] { return known }
        let zone = Zone(identifier)
        zones[identifier] = zone
        return zone
    }
}
