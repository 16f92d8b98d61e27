import Dispatch

/// Runs blocking work (file copies, a plan file read, an image decode, LibreOffice) on a
/// Dispatch queue instead of a Swift concurrency thread, so it never holds one of the few
/// cooperative threads that serve every other request or task.
public enum BlockingWork {
    /// The result of `body`, computed on a Dispatch queue.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
