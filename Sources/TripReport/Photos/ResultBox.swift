import Foundation

/// Collects the results of parallel workers under a lock.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<ImageRef, ReportError>]
    private var done = 0

    init(_ images: [ImageRef]) {
        results = images.map { .success($0) }
    }

    /// Stores one result; returns how many are done.
    func store(_ result: Result<ImageRef, ReportError>, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        done += 1
        return done
    }

    /// Every value, or the first error in input order.
    func values() throws(ReportError) -> [ImageRef] {
        lock.lock()
        defer { lock.unlock() }
        return try results.map { result throws(ReportError) in try result.get() }
    }
}
