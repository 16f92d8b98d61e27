/// Runs a use case's body, turning whatever the layers throw into `AppError`, so every use
/// case throws one typed error whatever it calls.
func attempt<T>(_ body: () async throws -> T) async throws(AppError) -> T {
    do {
        return try await body()
    } catch {
        throw AppError(error)
    }
}
