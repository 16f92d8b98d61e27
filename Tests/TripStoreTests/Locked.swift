import Foundation

/// A value shared between threads of a test.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T

    init(_ value: T) { stored = value }

    var value: T { lock.withLock { stored } }

    func mutate(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
