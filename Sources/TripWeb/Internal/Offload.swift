import Dispatch

/// Runs a blocking store call (a write waits for SQLite's single writer) on a Dispatch queue
/// instead of a Swift concurrency thread, so queued writers never starve the few cooperative
/// threads that serve every other request.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}
