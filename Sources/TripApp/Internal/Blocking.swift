import TripStore

/// Runs blocking work (a plan file read, libvips, LibreOffice, file copies) off Swift's
/// cooperative threads (`BlockingWork`), so a slow report or a large upload never holds one of
/// the few threads that serve every other request.
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await BlockingWork.run(body)
}
