import Foundation

/// Collects the results of parallel workers under a lock.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Result<ImageRef, ReportError>]
    private var done = 0

    init(_ images: [ImageRef]) {
        stored = images.map { .success($0) }
    }

    /// Stores one result; returns how many are done.
    func store(_ result: Result<ImageRef, ReportError>, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        stored[index] = result
        done += 1
        return done
    }

    /// Every outcome, in input order.
    var results: [Result<ImageRef, ReportError>] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
