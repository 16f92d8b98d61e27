import Foundation

/// Page bodies already rendered, each kept under a key that holds everything it was rendered
/// from (the rows themselves, the language, the reader's role, the page number), so a body is
/// reused only where rendering again would give the same text: there is nothing to invalidate
/// and nothing stale to show. At most `capacity` bodies are kept (about 20 KB each for the front
/// page); when one more comes, the oldest goes.
///
/// For pages whose rendering costs far more than reading their rows: the front page's 50 cards
/// take swift-mustache about 1.3 ms a request, reading them about 0.1 ms (docs/benchmarks.md, "Web").
final class RenderedBodies: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [AnyHashable: String] = [:]
    private var oldestFirst: [AnyHashable] = []
    /// How many bodies are kept at most.
    let capacity: Int

    /// An empty store of at most `capacity` bodies.
    init(capacity: Int = 64) { self.capacity = max(1, capacity) }

    /// The body rendered from `key`: kept from an earlier request, or made now by `make` and kept.
    /// Keys of different types never match.
    func body<Key: Hashable & Sendable>(_ key: Key, make: () throws -> String) rethrows -> String {
        let key = AnyHashable(key)
        if let known = lock.withLock({ bodies[key] }) { return known }
        let text = try make()
        lock.withLock {
            guard bodies.updateValue(text, forKey: key) == nil else { return }
            oldestFirst.append(key)
            if oldestFirst.count > capacity { bodies[oldestFirst.removeFirst()] = nil }
        }
        return text
    }

    /// How many bodies are kept now.
    var count: Int { lock.withLock { bodies.count } }
}
