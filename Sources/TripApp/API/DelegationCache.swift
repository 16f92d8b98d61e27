import Foundation
import TripChecks
import TripModel
import TripStore

/// Keeps each delegation, its checks and what a front end derives from them (a rendered
/// schedule) between requests of a server. An entry is used only while the store's change stamp
/// for it is the same (one cheap query) and nothing was invalidated since; so a page never shows
/// less than the database holds, even after a command-line import or log.
public final class DelegationCache: @unchecked Sendable {
    private struct Entry {
        var stamp: String
        var generation: Int
        var delegation: Delegation
        var checks: [LocalDate: CheckResult] = [:]
        var fragments: [String: String] = [:]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var generation = 0

    /// An empty cache.
    public init() {}

    /// The delegation, from the cache when still current.
    func delegation(_ id: String, database: TripDatabase) async throws -> Delegation {
        let stamp = try await database.changeStamp(delegation: id)
        let current: Delegation? = lock.withLock {
            guard let e = entries[id], e.stamp == stamp, e.generation == generation else { return nil }
            return e.delegation
        }
        if let current { return current }
        let generationBefore = lock.withLock { generation }
        let loaded = try await database.delegation(id)
        lock.withLock {
            if generation == generationBefore { entries[loaded.id] = Entry(stamp: stamp, generation: generationBefore, delegation: loaded) }
        }
        return loaded
    }

    /// The checks of a delegation as of a day, computed once per cached entry.
    func checks(_ d: Delegation, today: LocalDate, checker: Checker) -> CheckResult {
        if let known = lock.withLock({ entries[d.id]?.checks[today] }) { return known }
        let result = checker.check(d, today: today)
        lock.withLock {
            if entries[d.id]?.delegation.id == d.id, entries[d.id]?.generation == generation { entries[d.id]?.checks[today] = result }
        }
        return result
    }

    /// A part of a page derived from a delegation (e.g. the schedule's rendered days), kept with
    /// the cached delegation and dropped with it.
    public func fragment(_ key: String, of d: Delegation, make: () throws -> String) rethrows -> String {
        if let known = lock.withLock({ entries[d.id]?.fragments[key] }) { return known }
        let text = try make()
        lock.withLock {
            if entries[d.id]?.generation == generation { entries[d.id]?.fragments[key] = text }
        }
        return text
    }

    /// Forgets everything (a server calls it after any post).
    public func invalidate() {
        lock.withLock {
            generation += 1
            entries.removeAll()
        }
    }
}
